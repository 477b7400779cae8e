package cn.gov.pingnan.accountability;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** 平南县脱贫攻坚工作问责系统 — Camunda 7 process application of the county discipline commission. */
@SpringBootApplication
public class Application {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }
}
