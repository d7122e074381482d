package al.tirana.sporteli.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import al.tirana.sporteli.it.Http.Identity;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The WCAG 2.1 A and AA rules that axe-core checks automatically, on the main screens in both languages. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessibilityIT {

    static final Identity HEAD = Identity.of("head.a11y", "DEPARTMENT_HEAD,DESK_OFFICER", "NA03");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return SporteliDeployment.asBuilt();
    }

    @Test
    void theMainScreensPassTheAutomatedWcagChecksInBothLanguages() throws Exception {
        Credentials.session(HEAD);
        var filed = new Http().postJson(Http.BASE + "/api/v1/requests", SampleRequests.residentCertificate("Xhamlliku"), IntakeIT.PORTAL);
        String number = Http.json(filed).asJsonObject().getString("trackingNumber");
        List<String> found = new ArrayList<>();
        try (Browser browser = new Browser()) {
            var wait = new WebDriverWait(browser.driver, Duration.ofSeconds(10));
            browser.open("/login.xhtml");
            found.addAll(browser.wcagViolations());
            browser.driver.findElement(By.id("login:username")).sendKeys(HEAD.user());
            browser.driver.findElement(By.id("login:password")).sendKeys(Credentials.PASSWORD);
            browser.driver.findElement(By.id("login:signIn")).click();
            wait.until(ExpectedConditions.urlContains("/office/"));
            for (String language : List.of("sq", "en")) {
                for (String page : List.of("/units.xhtml", "/office/queue.xhtml", "/office/request.xhtml?n=" + number,
                        "/office/approvals.xhtml", "/office/intake.xhtml", "/track.xhtml?n=" + number)) {
                    browser.open(page + (page.contains("?") ? "&" : "?") + "lang=" + language);
                    wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("main")));
                    found.addAll(browser.wcagViolations());
                }
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void theAdministrationAndAuditScreensPassTheAutomatedWcagChecks() throws Exception {
        List<String> found = new ArrayList<>();
        try (Browser browser = new Browser()) {
            var wait = new WebDriverWait(browser.driver, Duration.ofSeconds(10));
            browser.open("/login.xhtml");
            browser.driver.findElement(By.id("login:username")).sendKeys("admin");
            browser.driver.findElement(By.id("login:password")).sendKeys(Credentials.ADMIN_PASSWORD);
            browser.driver.findElement(By.id("login:signIn")).click();
            wait.until(ExpectedConditions.urlContains("/office/"));
            for (String language : List.of("sq", "en")) {
                // the administration pages open only from the menu (protected views)
                for (String link : List.of("navCatalog", "navAccounts", "navHolidays", "navTrail")) {
                    browser.open("/office/queue.xhtml?lang=" + language);
                    var queue = browser.driver.findElement(By.tagName("main"));
                    browser.driver.findElement(By.id(link)).click();
                    // the queue's own main element goes first, so the checks below read the page the link opened
                    wait.until(ExpectedConditions.stalenessOf(queue));
                    wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("main")));
                    found.addAll(browser.wcagViolations());
                }
            }
        }
        assertEquals(List.of(), found);
    }
}
