package al.tirana.sporteli.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import al.tirana.sporteli.it.Http.Identity;
import jakarta.json.Json;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Operational Center's screens in a real browser: the live board takes in an incident reported
 * elsewhere without a reload, flags severity 1, and the operator works it from the call form to a
 * dispatched team. Managers read the board; others are refused.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OperationsBrowserIT {

    static final Identity OPERATOR = Identity.of("operator.board", "EMERGENCY_OPERATOR", null);
    static final Identity COLLEAGUE = Identity.of("operator.phone", "EMERGENCY_OPERATOR", null);
    static final Identity MANAGER = Identity.of("manager.board", "MANAGER", null);
    static final Identity OFFICER = Identity.of("officer.board", "UNIT_OFFICER", "NA02");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return SporteliDeployment.asBuilt();
    }

    private static final Logger LOG = Logger.getLogger(OperationsBrowserIT.class.getName());

    private static final String KASHAR_ROW = "//*[@id='board:teams']//tr[contains(., 'Kasharit')]";

    private final Http http = new Http();

    private String teamStatus(String code) {
        try {
            return Http.json(http.get(Http.BASE + "/api/v1/incidents/teams", "application/json", MANAGER)).asJsonArray().stream()
                    .map(v -> v.asJsonObject()).filter(t -> t.getString("code").equals(code)).findFirst().orElseThrow().getString("status");
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void signIn(Browser browser, WebDriverWait wait, Identity who, String page) {
        Credentials.session(who);
        browser.open(page);
        wait.until(ExpectedConditions.urlContains("/login.xhtml"));
        browser.driver.findElement(By.id("login:username")).sendKeys(who.user());
        browser.driver.findElement(By.id("login:password")).sendKeys(Credentials.PASSWORD);
        browser.driver.findElement(By.id("login:signIn")).click();
    }

    private static String call(String title, int severity, double lat, double lon) {
        return Json.createObjectBuilder().add("kind", "FIRE").add("severity", severity).add("title", title)
                .add("address", "Bulevardi Zogu I").add("latitude", lat).add("longitude", lon).build().toString();
    }

    @Test
    void theBoardShowsANewIncidentWithoutAReloadAndTheOperatorWorksIt() throws Exception {
        String title = "Zjarr në pallat " + UUID.randomUUID().toString().substring(0, 8);
        try (Browser browser = new Browser()) {
            var driver = browser.driver;
            var wait = new WebDriverWait(driver, Duration.ofSeconds(10));
            signIn(browser, wait, OPERATOR, "/operations/board.xhtml");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("board:incidents")));
            // a mark that a reload would wipe out
            driver.executeScript("window.sporteliNoReload = true;");
            Thread.sleep(1500); // the websocket connects once the page has loaded

            Credentials.session(COLLEAGUE);
            var reported = http.postJson(Http.BASE + "/api/v1/incidents", call(title, 1, 41.3306, 19.8188), COLLEAGUE);
            assertEquals(201, reported.statusCode(), reported.body());
            long id = Http.json(reported).asJsonObject().getJsonNumber("id").longValue();

            long committed = System.currentTimeMillis();
            new WebDriverWait(driver, Duration.ofSeconds(5), Duration.ofMillis(20))
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.id("board:incidents"), title));
            // the page notes when it last redrew: from the commit (the answer to the report) to that moment
            long millis = Long.parseLong((String) driver.executeScript("return document.body.getAttribute('data-board-updated');")) - committed;
            LOG.info(() -> "The board showed the new incident " + millis + " ms after it was reported");
            assertEquals(Boolean.TRUE, driver.executeScript("return window.sporteliNoReload === true;"), "updated in place, not reloaded");
            String alert = driver.findElement(By.id("alerts")).getText();
            assertTrue(alert.contains(title), "severity 1, not yet acknowledged: the alert names it: " + alert);
            assertTrue((Boolean) driver.executeScript(
                    "return document.querySelectorAll('#map .leaflet-interactive').length > 0;"), "the map plots it");
            browser.screenshot("operations-board-sq");
            List<String> found = new ArrayList<>(browser.wcagViolations());

            // a team goes off duty and comes back, in place; the board may redraw itself at any moment (the change
            // is pushed back to it), so each button is looked up afresh
            if (teamStatus("KASH-T").equals("OFF_DUTY")) {
                // a run that stopped half-way may have left it off duty
                http.postJson(Http.BASE + "/api/v1/incidents/teams/KASH-T/on-duty", "{}", OPERATOR);
                driver.navigate().refresh();
            }
            var reloading = new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class);
            reloading.until(d -> { d.findElement(By.xpath(KASHAR_ROW + "//button[contains(@id, 'offDuty')]")).click(); return true; });
            reloading.until(d -> teamStatus("KASH-T").equals("OFF_DUTY"));
            reloading.until(d -> { d.findElement(By.xpath(KASHAR_ROW + "//button[contains(@id, 'onDuty')]")).click(); return true; });
            reloading.until(d -> teamStatus("KASH-T").equals("AVAILABLE"));

            // the call form: a fault shows next to its field, then a call near the first becomes a possible duplicate
            driver.findElement(By.id("navCall")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("call:save")));
            found.addAll(browser.wcagViolations());
            browser.choose("call:kind", "Zjarr");
            driver.findElement(By.id("call:latitude")).sendKeys("41.3308");
            browser.submit(By.id("call:save"));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("call"), "Kjo fushë është e detyrueshme."));
            assertTrue(driver.findElement(By.id("call")).getText().contains("Një pikë ka nevojë për gjerësi dhe gjatësi"),
                    "each fault next to its field: " + driver.findElement(By.id("call")).getText());
            driver.findElement(By.id("call:title")).sendKeys("Tym nga e njëjta ndërtesë");
            driver.findElement(By.id("call:longitude")).sendKeys("19.8190");
            driver.findElement(By.id("call:callerPhone")).sendKeys("+355 69 555 0101");
            browser.submit(By.id("call:save"));
            wait.until(ExpectedConditions.urlContains("/operations/incident.xhtml"));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("incident:duplicates"), title));
            browser.screenshot("operations-incident-sq");
            found.addAll(browser.wcagViolations());

            // merge the first into this one, then send a team
            browser.submit(By.xpath("//*[@id='incident:duplicates']//tr[contains(., '" + title + "')]//button[contains(@id, 'absorb')]"));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("incident:messages"), "bashkua"));
            browser.chooseAt("incident:team", 2);
            browser.submit(By.id("incident:dispatch"));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Ekip i nisur"));
            assertTrue(driver.findElement(By.id("incident:timeline")).getText().contains("Dërgim"));

            var merged = Http.json(http.get(Http.BASE + "/api/v1/incidents/" + id, "application/json", MANAGER)).asJsonObject();
            assertEquals("CLOSED", merged.getJsonObject("incident").getString("status"));
            assertEquals(List.of(), found, "WCAG 2.1 A/AA");
            assertEquals(List.of(), browser.consoleErrors(), "no script errors and no policy violations");
        }
    }

    @Test
    void managersReadTheBoardAndOthersAreRefused() throws Exception {
        try (Browser browser = new Browser()) {
            var driver = browser.driver;
            var wait = new WebDriverWait(driver, Duration.ofSeconds(10));
            signIn(browser, wait, MANAGER, "/operations/board.xhtml?lang=en");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("board:incidents")));
            assertTrue(driver.findElements(By.id("board:newCall")).isEmpty(), "no call form for a manager");
            browser.screenshot("operations-board-en");
            assertEquals(List.of(), browser.wcagViolations());
        }
        try (Browser browser = new Browser()) {
            var driver = browser.driver;
            var wait = new WebDriverWait(driver, Duration.ofSeconds(10));
            signIn(browser, wait, OFFICER, "/operations/board.xhtml?lang=en");
            // the sign-in page has a main element of its own, so wait for the refusal's text, not for any main
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "for its operators and for managers"));
            assertFalse(driver.findElement(By.tagName("main")).getText().contains("Incidents on the board"));
        }
    }
}
