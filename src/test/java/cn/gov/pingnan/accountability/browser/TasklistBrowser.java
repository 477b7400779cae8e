package cn.gov.pingnan.accountability.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
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
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--window-size=1440,1000",
                "--lang=zh-CN");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
        ChromeDriverService service = new ChromeDriverService.Builder()
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
        waitText("我的组任务"); // the seeded filters have loaded
    }

    // ---- Tasklist -------------------------------------------------------------------------

    /** Opens a seeded filter (我的任务 / 我的组任务 / 逾期任务) and waits until it lists the task. */
    WebElement openTaskInFilter(String filter, String taskName) {
        clickWhenReady(By.xpath(
                "//*[contains(@class,'filters')]//*[contains(@class,'task-filter')]//*[normalize-space(text())='"
                        + filter + "']"));
        return clickWhenReady(By.xpath(
                "//*[contains(@class,'tasks-list')]//a[contains(@class,'task') or @ng-click][.//*[normalize-space(text())='"
                        + taskName + "'] or normalize-space(text())='" + taskName + "']"));
    }

    void claimOpenTask() {
        By claim = By.xpath("//button[normalize-space()='认领'] | //a[normalize-space()='认领']");
        clickWhenReady(claim);
        try {
            wait.until(ExpectedConditions.invisibilityOfElementLocated(claim));
        } catch (TimeoutException e) {
            try {
                screenshot("claim-refused");
            } catch (IOException ignored) {
                // the timeout is the failure to report
            }
            throw e;
        }
        waitForm();
    }

    /**
     * Clicks the element as soon as it can be clicked. Tasklist re-renders its lists while they
     * load, so an element found a moment ago may be gone: then it is looked up again.
     */
    WebElement clickWhenReady(By by) {
        return wait.until(d -> {
            try {
                WebElement element = d.findElement(by);
                if (!element.isDisplayed() || !element.isEnabled()) {
                    return null;
                }
                element.click();
                return element;
            } catch (StaleElementReferenceException | ElementClickInterceptedException | NoSuchElementException e) {
                return null;
            }
        });
    }

    void waitForm() {
        try {
            waitVisible(By.cssSelector(".fjs-container, .fjs-form"));
        } catch (org.openqa.selenium.TimeoutException e) {
            try {
                screenshot("form-missing");
                Files.writeString(SCREENSHOTS.resolve("form-missing.html"), driver.getPageSource());
            } catch (IOException ignored) {
                // the timeout says what matters
            }
            throw e;
        }
    }

    void completeOpenTask() {
        explainIfInvalid();
        WebElement complete = wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//div[contains(@class,'form-actions')]//button[normalize-space()='完成']")));
        centre(complete);
        complete.click();
        // Done when Tasklist has closed the task and asks for the next one. Text that was already on
        // the page before the click (such as an empty filter) proves nothing, so wait for the button
        // to go away first.
        wait.until(ExpectedConditions.stalenessOf(complete));
        waitText("请在列表中选择一个任务"); // SELECT_TASK_IN_LIST
    }

    /**
     * Clicks 完成 on a form the engine refuses; returns the error toast after checking that it leaves the 完成
     * button visible and clickable where the clerk clicked it (issue 18, item 4).
     */
    WebElement completeRefused() {
        WebElement complete = wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//div[contains(@class,'form-actions')]//button[normalize-space()='完成']")));
        centre(complete);
        complete.click();
        WebElement toast = waitVisible(By.cssSelector(".notifications-panel .alert, [notifications-panel] .alert"));
        wait.until(d -> toast.getText().length() > 3);
        Object hit = script(
                "var b = arguments[0].getBoundingClientRect();"
                        + "var e = document.elementFromPoint(b.left + b.width / 2, b.top + b.height / 2);"
                        + "var t = arguments[1].getBoundingClientRect();"
                        + "var overlap = !(t.right <= b.left || t.left >= b.right || t.bottom <= b.top || t.top >= b.bottom);"
                        + "return (e === arguments[0] || arguments[0].contains(e)) && !overlap ? 'ok'"
                        + " : JSON.stringify({button: b, toast: t, hit: e && e.outerHTML.slice(0, 200)});",
                complete,
                toast);
        if (!"ok".equals(hit)) {
            try {
                screenshot("toast-covers-complete");
            } catch (IOException e) {
                // the assertion below says what is wrong
            }
            throw new AssertionError("The error toast covers the 完成 button: " + hit);
        }
        return toast;
    }

    void submitStartForm() {
        explainIfInvalid();
        wait.until(ExpectedConditions.elementToBeClickable(
                        By.xpath("//div[contains(@class,'modal-footer')]//button[@ng-click='startProcessInstance()']")))
                .click();
    }

    // ---- Camunda Forms (form-js) -------------------------------------------------------------

    void type(SearchContext scope, String label, String text) {
        WebElement input = textInput(scope, label);
        centre(input);
        input.clear();
        input.sendKeys(text);
    }

    /** Deletes what the field holds key by key, as a person would, so form-js validates it. */
    void erase(SearchContext scope, String label) {
        WebElement input = textInput(scope, label);
        centre(input);
        int length = input.getAttribute("value").length();
        for (int i = 0; i < length; i++) {
            input.sendKeys(Keys.BACK_SPACE);
        }
    }

    private static WebElement textInput(SearchContext scope, String label) {
        WebElement field = scope.findElement(By.xpath(
                ".//div[contains(@class,'fjs-form-field')][label[contains(normalize-space(.),'" + label + "')]]"));
        return field.findElement(By.cssSelector("input.fjs-input, textarea"));
    }

    void typeDate(SearchContext scope, String label, java.time.LocalDate date) {
        typeDate(scope, label, date.toString()); // YYYY-MM-DD, as staff write it (pingnan/form-js-dates.js)
    }

    /** Types a date as a person would and confirms it with Enter; returns what the field then shows. */
    String typeDate(SearchContext scope, String label, String text) {
        WebElement input = dateInput(scope, label);
        centre(input);
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(text);
        input.sendKeys(Keys.ENTER);
        driver.findElement(By.tagName("body")).click();
        return input.getAttribute("value");
    }

    WebElement dateInput(SearchContext scope, String label) {
        WebElement field = scope.findElement(By.xpath(
                ".//div[contains(@class,'fjs-form-field')][.//label[contains(normalize-space(.),'" + label + "')]]"));
        return field.findElement(By.cssSelector("input.flatpickr-input"));
    }

    /** Searches the task list as staff do: text typed into the search box above it, then Enter. */
    void searchTasks(String text) {
        WebElement input = waitVisible(By.cssSelector("[cam-widget-search] input"));
        input.click();
        input.sendKeys(text);
        input.sendKeys(Keys.ENTER);
    }

    /** Latin-letter words allowed on staff pages: the product line in the footer, the time zone, case numbers. */
    static final java.util.Set<String> ALLOWED_LATIN =
            java.util.Set.of("Camunda", "Platform", "Asia", "Shanghai", "PN-");

    /** The words in Latin letters on the page (English leftovers, user or group ids), without the allowed ones. */
    List<String> latinWords() {
        return latinWords(ALLOWED_LATIN);
    }

    List<String> latinWords(java.util.Set<String> allowed) {
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("[A-Za-z][A-Za-z-]{2,}").matcher(bodyText());
        List<String> words = new java.util.ArrayList<>();
        while (m.find()) {
            if (!allowed.contains(m.group())) {
                words.add(m.group());
            }
        }
        return words;
    }

    void select(SearchContext scope, String label, String option) {
        select(scope, label, 0, option);
    }

    /** The {@code index}-th field of that label in scope: rows of a fixed dynamic list have no container of their own. */
    void select(SearchContext scope, String label, int index, String option) {
        WebElement field = scope.findElements(
                        By.xpath(".//div[contains(@class,'fjs-form-field')][label[contains(normalize-space(.),'" + label
                                + "')]]"))
                .get(index);
        WebElement display = field.findElement(By.cssSelector(".fjs-select-display, .fjs-input-group"));
        centre(display);
        display.click();
        wait.until(ExpectedConditions.elementToBeClickable(field.findElement(By.xpath(
                        ".//*[contains(@class,'fjs-dropdownlist-item') and normalize-space()='" + option + "']"))))
                .click();
    }

    void choose(SearchContext scope, String optionLabel) {
        WebElement option =
                scope.findElement(By.xpath(".//label[contains(@class,'fjs-form-field-label')][normalize-space()='"
                        + optionLabel + "' or starts-with(normalize-space(), '" + optionLabel + "')]/input"));
        centre(option);
        option.click();
    }

    void addListItem(SearchContext scope, String listLabel) {
        WebElement list = scope.findElement(
                By.xpath(".//div[contains(@class,'fjs-form-field-dynamiclist')][label[contains(normalize-space(.),'"
                        + listLabel + "')]]"));
        WebElement add = list.findElement(By.cssSelector("button.fjs-repeat-render-add"));
        centre(add);
        add.click();
    }

    /** The rows of a dynamic list, once it shows at least {@code atLeast} of them (forms render asynchronously). */
    List<WebElement> listItems(String listLabel, int atLeast) {
        By rows = By.xpath("//div[contains(@class,'fjs-form-field-dynamiclist')][label[contains(normalize-space(.),'"
                + listLabel + "')]]//div[contains(@class,'fjs-repeat-row-container')]");
        try {
            wait.until(d -> d.findElements(rows).size() >= atLeast);
        } catch (org.openqa.selenium.TimeoutException e) {
            try {
                screenshot("list-rows-missing");
                Files.writeString(SCREENSHOTS.resolve("list-rows-missing.html"), driver.getPageSource());
            } catch (IOException ignored) {
                // the assertion says what matters
            }
            throw new AssertionError(
                    "List '" + listLabel + "' shows "
                            + driver.findElements(rows).size() + " rows, expected " + atLeast,
                    e);
        }
        return driver.findElements(rows);
    }

    /** Scrolls an element to the middle of the view, clear of Tasklist's fixed header and footer. */
    void centre(WebElement element) {
        script("arguments[0].scrollIntoView({block: 'center'});", element);
    }

    WebElement list(String listLabel) {
        return waitVisible(
                By.xpath("//div[contains(@class,'fjs-form-field-dynamiclist')][label[contains(normalize-space(.),'"
                        + listLabel + "')]]"));
    }

    WebElement form() {
        return driver.findElement(By.cssSelector(".fjs-container, .fjs-form"));
    }

    /** Fails with the form's own messages when a field is invalid, instead of waiting on a disabled button. */
    private void explainIfInvalid() {
        try {
            Thread.sleep(300); // form-js validates on change
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        List<String> invalid = driver.findElements(By.cssSelector("[aria-invalid='true']")).stream()
                .map(e -> e.getAttribute("id") + "=" + e.getAttribute("value"))
                .toList();
        Object marked = script(
                "return Array.from(document.querySelectorAll('.fjs-has-errors, .fjs-form-field-error')).map(e => e.className + ':' + e.innerText.slice(0, 120)).join(' | ');");
        if (marked != null && !marked.toString().isBlank()) {
            invalid = new java.util.ArrayList<>(invalid);
            invalid.add("marked: " + marked);
        }
        if (!invalid.isEmpty() || !formErrors().isEmpty()) {
            try {
                screenshot("invalid-form");
            } catch (IOException ignored) {
                // the assertion below says what matters
            }
            throw new AssertionError("Form is invalid: " + formErrors() + " fields " + invalid);
        }
    }

    List<String> formErrors() {
        return driver.findElements(By.cssSelector(".fjs-form-field-error")).stream()
                .map(WebElement::getText)
                .filter(t -> !t.isBlank())
                .toList();
    }

    WebElement waitVisible(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    void waitText(String text) {
        try {
            wait.until(d -> d.findElement(By.tagName("body")).getText().contains(text));
        } catch (org.openqa.selenium.TimeoutException e) {
            try {
                screenshot("text-missing");
            } catch (IOException ignored) {
                // the timeout says what matters
            }
            throw new AssertionError("The page does not show '" + text + "'", e);
        }
    }

    String bodyText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    Path screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        // the whole page, also what lies below the fold of a long form
        Map<String, Object> result = ((ChromeDriver) driver)
                .executeCdpCommand("Page.captureScreenshot", Map.of("captureBeyondViewport", true, "format", "png"));
        Path target = SCREENSHOTS.resolve(String.format("%02d-%s.png", ++shot, name));
        Files.write(target, java.util.Base64.getDecoder().decode((String) result.get("data")));
        return target;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
