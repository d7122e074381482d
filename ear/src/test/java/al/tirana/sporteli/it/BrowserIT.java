package al.tirana.sporteli.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import al.tirana.sporteli.it.Http.Identity;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The back office in a real browser: signing in, the work queue, claiming, both languages, signing out. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BrowserIT {

    static final Identity OFFICER_PEZE = Identity.of("officer.peze", "UNIT_OFFICER", "PEZE");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return SporteliDeployment.asBuilt();
    }

    private final Http http = new Http();

    @Test
    void anOfficerSignsInClaimsATaskInTheirQueueAndSignsOutInBothLanguages() throws Exception {
        Credentials.session(OFFICER_PEZE);
        var filed = http.postJson(Http.BASE + "/api/v1/requests", SampleRequests.residentCertificate("Pezë e Madhe"),
                IntakeIT.PORTAL);
        assertEquals(201, filed.statusCode(), filed.body());
        String number = Http.json(filed).asJsonObject().getString("trackingNumber");
        assertTrue(Workflow.waitForTask(http, "PEZE", number, OFFICER_PEZE));

        try (Browser browser = new Browser()) {
            var driver = browser.driver;
            var wait = new WebDriverWait(driver, Duration.ofSeconds(10));
            browser.open("/office/queue.xhtml");
            wait.until(ExpectedConditions.urlContains("/login.xhtml"));
            assertEquals("Hyrja · Sporteli", driver.getTitle());
            browser.screenshot("login-sq");

            driver.findElement(By.id("login:username")).sendKeys(OFFICER_PEZE.user());
            driver.findElement(By.id("login:password")).sendKeys(Credentials.PASSWORD);
            driver.findElement(By.id("login:signIn")).click();
            wait.until(ExpectedConditions.titleIs("Radha e punës · Sporteli"));
            assertTrue(driver.getPageSource().contains(number), "the new task is in the officer's queue");
            browser.screenshot("queue-sq");

            driver.findElement(By.xpath("//tr[.//code[text()='" + number + "']]//button")).click();
            try {
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("work:messages"), "Detyra është tani e juaja."));
            } catch (RuntimeException e) {
                throw new AssertionError(driver.getTitle() + " " + driver.getCurrentUrl() + "\n" + driver.findElement(By.tagName("body")).getText()
                        + "\n" + browser.consoleErrors(), e);
            }

            driver.findElement(By.cssSelector(".language-switch a[lang='en']")).click();
            wait.until(ExpectedConditions.titleIs("Work queue · Sporteli"));
            String english = driver.findElement(By.tagName("main")).getText();
            assertTrue(english.contains("Queue PEZE"), english);
            browser.screenshot("queue-en");

            driver.findElement(By.id("userMenu:signOut")).click();
            wait.until(ExpectedConditions.urlContains("signedOut=true"));
            assertTrue(driver.findElement(By.tagName("main")).getText().contains("You have signed out."));
            assertEquals(java.util.List.of(), browser.consoleErrors(), "no script errors and no policy violations");
        }
    }
}
