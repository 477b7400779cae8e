package cn.gov.pingnan.accountability.browser;

import cn.gov.pingnan.accountability.AbstractWebAppIT;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

class TasklistExploreIT extends AbstractWebAppIT {
  @Test
  void explore() throws Exception {
    try (TasklistBrowser b = new TasklistBrowser("http://localhost:" + port)) {
      b.loginToTasklist("shouli", "demo");
      b.driver().findElement(By.cssSelector("li.start-process-action a")).click();
      Thread.sleep(2000);
      b.screenshot("start-dialog");
      Files.writeString(Path.of("target/start-dialog.html"), b.driver().getPageSource());
      b.driver().findElement(By.partialLinkText("问责案件办理")).click();
      Thread.sleep(4000);
      b.screenshot("start-form");
      Files.writeString(Path.of("target/start-form.html"), b.driver().getPageSource());
    }
  }
}
