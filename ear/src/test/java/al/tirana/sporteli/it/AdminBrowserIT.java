package al.tirana.sporteli.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import al.tirana.sporteli.it.Http.Identity;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Administration and the auditors' view in a real browser: accounts, the holiday calendar, the audit chain. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdminBrowserIT {

    static final Identity ADMIN = Identity.of("admin", "ADMIN", null);
    static final Identity AUDITOR = Identity.of("auditor.browser", "AUDITOR", null);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return SporteliDeployment.asBuilt();
    }

    private final Http http = new Http();

    private static void signIn(Browser browser, WebDriverWait wait, String user, String password, String page) {
        browser.open(page);
        wait.until(ExpectedConditions.urlContains("/login.xhtml"));
        browser.driver.findElement(By.id("login:username")).sendKeys(user);
        browser.driver.findElement(By.id("login:password")).sendKeys(password);
        browser.driver.findElement(By.id("login:signIn")).click();
    }

    @Test
    void anAdministratorCreatesAnAccountAndMaintainsTheHolidayCalendar() throws Exception {
        String clerk = "clerk." + UUID.randomUUID().toString().substring(0, 8);
        // a day this test adds and removes again; a run that stopped half-way may have left it
        http.delete(Http.BASE + "/api/v1/holidays/2026-12-31", ADMIN);
        try (Browser browser = new Browser()) {
            var driver = browser.driver;
            var wait = new WebDriverWait(driver, Duration.ofSeconds(10));
            signIn(browser, wait, "admin", Credentials.ADMIN_PASSWORD, "/office/queue.xhtml");
            driver.findElement(By.id("navAccounts")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("account:username")));
            driver.findElement(By.id("account:username")).sendKeys(clerk);
            driver.findElement(By.id("account:fullName")).sendKeys("Teuta Çela");
            driver.findElement(By.id("account:password")).sendKeys("Sportel-i-ri-2026");
            driver.findElement(By.cssSelector("[id='account:roles'] .ui-chkbox-box")).click();
            browser.screenshot("accounts-sq");
            driver.findElement(By.id("account:save")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("list:accounts"), clerk));

            driver.findElement(By.id("navHolidays")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("holiday:day_input")));
            driver.findElement(By.cssSelector(".language-switch a[lang='en']")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Holiday calendar"));
            driver.findElement(By.id("holiday:day_input")).sendKeys("31.12.2026", org.openqa.selenium.Keys.ESCAPE);
            browser.choose("holiday:kind", "Declared by the government");
            driver.findElement(By.id("holiday:nameSq")).sendKeys("Ditë pushimi e shpallur");
            driver.findElement(By.id("holiday:nameEn")).sendKeys("Declared day off");
            driver.findElement(By.id("holiday:add")).click();
            try {
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("list:holidays"), "Declared day off"));
            } catch (RuntimeException e) {
                String text = driver.findElement(By.id("holiday")).getText();
                throw new AssertionError(text.substring(0, Math.min(400, text.length())) + " ... "
                        + text.substring(Math.max(0, text.length() - 1200)), e);
            }
            browser.screenshot("holidays-en");
            driver.findElement(By.xpath("//tr[contains(., 'Declared day off')]//button")).click();
            wait.until(ExpectedConditions.not(ExpectedConditions.textToBePresentInElementLocated(By.id("list:holidays"), "Declared day off")));
            assertEquals(List.of(), browser.consoleErrors(), "no script errors and no policy violations");
        }
        List<String> accounts = Http.json(http.get(Http.BASE + "/api/v1/accounts", "application/json", ADMIN)).asJsonArray()
                .getValuesAs(JsonObject.class).stream().map(a -> a.getString("username")).toList();
        assertTrue(accounts.contains(clerk), accounts.toString());
        List<String> days = Http.json(http.get(Http.BASE + "/api/v1/holidays?year=2026", "application/json", ADMIN)).asJsonArray()
                .getValuesAs(JsonObject.class).stream().map(h -> h.getString("day")).toList();
        assertTrue(!days.contains("2026-12-31") && days.contains("2026-12-25"), "added, then removed again: " + days);
        List<String> trail = Http.json(http.get(Http.BASE + "/api/v1/audit/holiday/2026-12-31", "application/json", ADMIN))
                .asJsonArray().getValuesAs(JsonObject.class).stream().map(e -> e.getString("action")).toList();
        assertTrue(trail.size() >= 2, "both changes are audited: " + trail);
    }

    @Test
    void aLinkFromElsewhereOpensNoAdministrationPage() throws Exception {
        try (Browser browser = new Browser()) {
            var driver = browser.driver;
            var wait = new WebDriverWait(driver, Duration.ofSeconds(10));
            signIn(browser, wait, "admin", Credentials.ADMIN_PASSWORD, "/office/queue.xhtml");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("navCatalog")));
            browser.open("/admin/catalog.xhtml");
            assertEquals("Hapeni këtë faqe nga menyja · Sporteli", driver.getTitle());
            assertTrue(driver.findElements(By.id("list:services")).isEmpty());
        }
    }

    @Test
    void anAuditorVerifiesTheChainAndReadsAnAccountsTrail() throws Exception {
        Credentials.session(AUDITOR);
        try (Browser browser = new Browser()) {
            var driver = browser.driver;
            var wait = new WebDriverWait(driver, Duration.ofSeconds(10));
            signIn(browser, wait, AUDITOR.user(), Credentials.PASSWORD, "/audit/trail.xhtml?type=account&id=" + AUDITOR.user());
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("chain:verify")));
            assertTrue(driver.findElement(By.id("entries")).getText().contains("login.success"), "the auditor's own sign-ins");
            driver.findElement(By.id("chain:verify")).click();
            var verdict = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id='chain'] .notice")));
            assertTrue(!verdict.getAttribute("class").contains("error"), "the chain is intact: " + verdict.getText());
            browser.screenshot("audit-sq");
            assertEquals(List.of(), browser.consoleErrors(), "no script errors and no policy violations");
        }
    }

    @Test
    void anAdministratorChangesAServiceAndGetsANewVersion() throws Exception {
        String code = "TEST_BROWSER_" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(java.util.Locale.ROOT);
        var created = http.putJson(Http.BASE + "/api/v1/catalog/" + code, CatalogIT.service(code, "Shërbim prove", 5), ADMIN);
        assertTrue(created.statusCode() == 200 || created.statusCode() == 201, created.body());

        try (Browser browser = new Browser()) {
            var driver = browser.driver;
            var wait = new WebDriverWait(driver, Duration.ofSeconds(10));
            signIn(browser, wait, "admin", Credentials.ADMIN_PASSWORD, "/office/queue.xhtml");
            driver.findElement(By.id("navCatalog")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("list:services")));
            driver.findElement(By.xpath("//tr[.//code[text()='" + code + "']]//button")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("editor:nameEn")));
            driver.findElement(By.id("editor:nameEn")).clear();
            driver.findElement(By.id("editor:nameEn")).sendKeys("Trial service");
            driver.findElement(By.id("editor:addDocument")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id$=':1:docCode']")));
            driver.findElement(By.cssSelector("[id$=':1:docCode']")).sendKeys("PHOTO");
            driver.findElement(By.cssSelector("[id$=':1:docNameSq']")).sendKeys("Fotografi");
            driver.findElement(By.cssSelector("[id$=':1:docNameEn']")).sendKeys("Photo");
            driver.findElement(By.cssSelector("[id$=':1:docTypes']")).clear();
            driver.findElement(By.cssSelector("[id$=':1:docTypes']")).sendKeys("jpeg,png");
            browser.screenshot("catalog-sq");
            driver.findElement(By.id("editor:save")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "versioni 2"));
            assertEquals(List.of(), browser.consoleErrors(), "no script errors and no policy violations");
        }
        JsonObject current = Http.json(http.get(Http.BASE + "/api/v1/catalog/" + code, "application/json", ADMIN)).asJsonObject();
        assertEquals("Trial service", current.getString("nameEn"));
        assertEquals(2, current.getJsonArray("documents").size());
        assertEquals(2, Http.json(http.get(Http.BASE + "/api/v1/catalog/" + code + "/versions", "application/json", ADMIN))
                .asJsonArray().size(), "the earlier version is kept");
    }
}
