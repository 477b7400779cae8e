package cn.gov.pingnan.accountability.pages;

import org.springframework.http.HttpStatus;

/** A refusal or a bad input on a staff page, said in Chinese on the page and in English in the log. */
public class StaffPageException extends RuntimeException {

    private final HttpStatus status;
    private final String messageZh;

    public StaffPageException(HttpStatus status, String messageEn, String messageZh) {
        super(messageEn);
        this.status = status;
        this.messageZh = messageZh;
    }

    public HttpStatus status() {
        return status;
    }

    public String messageZh() {
        return messageZh;
    }
}
