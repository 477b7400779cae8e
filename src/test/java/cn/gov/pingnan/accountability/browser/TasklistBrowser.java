package cn.gov.pingnan.accountability.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through Debian's chromedriver (given explicitly, so Selenium
 * Manager never reaches for the network), with a Chinese browser language and China Standard Time.
 */
final class TasklistBrowser implements AutoCloseable {

  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private final WebDriver driver;
  private final WebDriverWait wait;
  private final String baseUrl;
  private int shot;

  TasklistBrowser(String baseUrl) {
    this.baseUrl = baseUrl;
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments(
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--window-size=1440,1000", "--lang=zh-CN");
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File("/usr/bin/chromedriver"))
            .usingAnyFreePort()
            .withEnvironment(Map.of("TZ", "Asia/Shanghai"))
            .build();
    this.driver = new ChromeDriver(service, options);
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
  }

  WebDriver driver() {
    return driver;
  }

  void open(String path) {
    driver.get(baseUrl + path);
  }

  void loginToTasklist(String userId, String password) {
    driver.manage().deleteAllCookies();
    open("/camunda/app/tasklist/default/#/login");
    WebElement user = waitVisible(By.cssSelector("input#inputUsername, input[ng-model='username']"));
    user.clear();
    user.sendKeys(userId);
    WebElement secret = driver.findElement(By.cssSelector("input[type='password']"));
    secret.clear();
    secret.sendKeys(password);
    driver.findElement(By.cssSelector("button[type='submit']")).click();
    waitVisible(By.cssSelector(".filters, [cam-tasklist-filters]"));
  }

  WebElement waitVisible(By by) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  List<WebElement> all(By by) {
    return driver.findElements(by);
  }

  void waitText(String text) {
    wait.until(d -> d.findElement(By.tagName("body")).getText().contains(text));
  }

  String bodyText() {
    return driver.findElement(By.tagName("body")).getText();
  }

  Object script(String js, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(js, args);
  }

  Path screenshot(String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    File file = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
    Path target = SCREENSHOTS.resolve(String.format("%02d-%s.png", ++shot, name));
    Files.copy(file.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    return target;
  }

  @Override
  public void close() {
    driver.quit();
  }
}
