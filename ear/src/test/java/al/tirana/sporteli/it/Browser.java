package al.tirana.sporteli.it;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Headless Chromium from the machine's packages (chromium, chromium-driver), as a user would browse. */
final class Browser implements AutoCloseable {

    private static final Path SCREENSHOTS = Path.of(System.getProperty("sporteli.screenshots", "target/screenshots"));

    final ChromeDriver driver;

    Browser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("sporteli.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,900",
                "--lang=sq");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("sporteli.chromedriver", "/usr/bin/chromedriver")).toFile())
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
    }

    void open(String path) {
        driver.get(Http.BASE + path);
    }

    void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    /**
     * Picks an option of a PrimeFaces select menu as a user would, by opening it and clicking the option, and
     * waits until the menu shows the choice. The click waits until the panel has finished opening, which the
     * menu tells by setting aria-expanded: before that, PrimeFaces' item click handler fails on the value it
     * keeps from the opening (a script error, and the click is lost).
     */
    void choose(String menuId, String label) {
        pick(menuId, "li[data-label='" + label + "']");
    }

    /** The same, for the option at this position (from 1). */
    void chooseAt(String menuId, int position) {
        pick(menuId, "li:nth-child(" + position + ")");
    }

    private void pick(String menuId, String optionSelector) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        driver.findElement(By.id(menuId)).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(menuId + "_panel")));
        wait.until(ExpectedConditions.attributeToBe(By.id(menuId + "_label"), "aria-expanded", "true"));
        WebElement option = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("[id='" + menuId + "_items'] " + optionSelector)));
        String label = option.getAttribute("data-label");
        option.click();
        wait.until(ExpectedConditions.textToBe(By.id(menuId + "_label"), label));
    }

    /**
     * Clicks a button that posts the whole page and waits until the browser has left the page it was on, so that
     * what follows reads the answer and never a node of the old page, which Chromium refuses mid-navigation.
     */
    void submit(By button) {
        WebElement old = driver.findElement(By.tagName("html"));
        driver.findElement(button).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(WebDriverException.class).until(page -> {
            try {
                old.isEnabled();
                return false;
            } catch (StaleElementReferenceException gone) {
                return true;
            }
        });
    }

    /** What the page's console said that a Content-Security-Policy or a script error caused. */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(m -> !m.contains("favicon"))
                .toList();
    }

    /** What axe-core finds against the WCAG 2.1 A and AA rules on the page now open, one line per rule broken. */
    List<String> wcagViolations() {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(driver);
        List<String> found = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            found.add(driver.getCurrentUrl() + " " + rule.getId() + ": " + rule.getHelp() + " "
                    + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(3).toList());
        }
        return found;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
