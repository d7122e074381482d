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
    static final Identity HEAD_PEZE = Identity.of("head.peze", "DEPARTMENT_HEAD", "PEZE");
    /** A unit no other test files into, so that its queue's first page holds this test's task. */
    static final Identity OFFICER_VAQR = Identity.of("officer.vaqr", "UNIT_OFFICER", "VAQR");
    static final Identity DESK_PEZE = Identity.of("desk.peze", "DESK_OFFICER", "PEZE");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return SporteliDeployment.asBuilt();
    }

    private final Http http = new Http();

    @Test
    void anOfficerSignsInClaimsATaskInTheirQueueAndSignsOutInBothLanguages() throws Exception {
        Credentials.session(OFFICER_VAQR);
        var filed = http.postJson(Http.BASE + "/api/v1/requests", SampleRequests.residentCertificate("Vaqarr"),
                IntakeIT.PORTAL);
        assertEquals(201, filed.statusCode(), filed.body());
        String number = Http.json(filed).asJsonObject().getString("trackingNumber");
        assertTrue(Workflow.waitForTask(http, "VAQR", number, OFFICER_VAQR));

        try (Browser browser = new Browser()) {
            var driver = browser.driver;
            var wait = new WebDriverWait(driver, Duration.ofSeconds(10));
            browser.open("/office/queue.xhtml");
            wait.until(ExpectedConditions.urlContains("/login.xhtml"));
            assertEquals("Hyrja · Sporteli", driver.getTitle());
            browser.screenshot("login-sq");

            driver.findElement(By.id("login:username")).sendKeys(OFFICER_VAQR.user());
            driver.findElement(By.id("login:password")).sendKeys(Credentials.PASSWORD);
            driver.findElement(By.id("login:signIn")).click();
            wait.until(ExpectedConditions.titleIs("Radha e punës · Sporteli"));
            assertTrue(driver.getPageSource().contains(number), "the new task is in the officer's queue");
            browser.screenshot("queue-sq");

            driver.findElement(By.cssSelector("[id='work:overdue'] .ui-chkbox-box")).click();
            wait.until(ExpectedConditions.not(ExpectedConditions.textToBePresentInElementLocated(By.id("work:tasks"), number)));
            driver.findElement(By.cssSelector("[id='work:overdue'] .ui-chkbox-box")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("work:tasks"), number));
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
            assertTrue(english.contains("Queue VAQR"), english);
            browser.screenshot("queue-en");

            driver.findElement(By.id("userMenu:signOut")).click();
            wait.until(ExpectedConditions.urlContains("signedOut=true"));
            assertTrue(driver.findElement(By.tagName("main")).getText().contains("You have signed out."));
            assertEquals(java.util.List.of(), browser.consoleErrors(), "no script errors and no policy violations");
        }
    }

    @Test
    void aHeadAssignsATaskFromTheQueue() throws Exception {
        Identity head = Identity.of("head.vaqr", "DEPARTMENT_HEAD", "VAQR");
        Credentials.session(head);
        var filed = http.postJson(Http.BASE + "/api/v1/requests", SampleRequests.residentCertificate("Vaqarr"), IntakeIT.PORTAL);
        String number = Http.json(filed).asJsonObject().getString("trackingNumber");
        assertTrue(Workflow.waitForTask(http, "VAQR", number, head));

        try (Browser browser = new Browser()) {
            var driver = browser.driver;
            var wait = new WebDriverWait(driver, Duration.ofSeconds(10));
            signIn(browser, wait, head, "/office/queue.xhtml?queue=VAQR");
            var row = By.xpath("//tr[.//code[text()='" + number + "']]");
            wait.until(ExpectedConditions.presenceOfElementLocated(row));
            var assignee = driver.findElement(row).findElement(By.cssSelector("input[id$=':assignee']"));
            driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", assignee);
            browser.screenshot("queue-assign-sq");
            wait.until(ExpectedConditions.elementToBeClickable(assignee)).sendKeys("officer.vaqr");
            driver.findElement(row).findElement(By.cssSelector("button[id$=':assign']")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("work:messages"), "Detyra u caktua."));
            assertEquals(java.util.List.of(), browser.consoleErrors(), "no script errors and no policy violations");
        }
        var tasks = Http.json(http.get(Http.BASE + "/api/v1/tasks?queue=VAQR&limit=200", "application/json", head)).asJsonObject()
                .getJsonArray("items").getValuesAs(jakarta.json.JsonObject.class);
        assertEquals("officer.vaqr", tasks.stream().filter(t -> t.getString("trackingNumber").equals(number))
                .findFirst().orElseThrow().getString("assignee"));
    }

    @Test
    void theWholePathInAlbanian() throws Exception {
        wholePath("sq", "Vërtetim banimi");
    }

    @Test
    void theWholePathInEnglish() throws Exception {
        wholePath("en", "Resident certificate");
    }

    /** A desk officer files, a unit officer works it, the head approves, delivers and closes: all in the browser. */
    private void wholePath(String language, String serviceLabel) throws Exception {
        Credentials.session(DESK_PEZE);
        Credentials.session(OFFICER_PEZE);
        Credentials.session(HEAD_PEZE);
        try (Browser browser = new Browser()) {
            var driver = browser.driver;
            var wait = new WebDriverWait(driver, Duration.ofSeconds(15));
            signIn(browser, wait, DESK_PEZE, "/office/intake.xhtml?lang=" + language);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("intake:service")));
            browser.choose("intake:service", serviceLabel);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[type='file']")));
            driver.findElement(By.id("intake:number")).sendKeys(SampleRequests.PERSONAL_NUMBER);
            driver.findElement(By.id("intake:name")).sendKeys("Arben Hoxha");
            driver.findElement(By.id("intake:email")).sendKeys("arben@example.al");
            driver.findElement(By.id("intake:locality")).sendKeys("Pezë e Madhe");
            driver.findElement(By.id("intake:submit")).click();
            String number = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("trackingNumber"))).getText();
            browser.screenshot("path-1-intake-" + language);
            driver.findElement(By.id("userMenu:signOut")).click();
            wait.until(ExpectedConditions.urlContains("signedOut=true"));
            assertTrue(Workflow.waitForTask(http, "PEZE", number, OFFICER_PEZE));

            signIn(browser, wait, OFFICER_PEZE, "/office/request.xhtml?n=" + number + "&lang=" + language);
            act(browser, wait, "CLAIM");
            act(browser, wait, "SUBMIT_FOR_APPROVAL");
            assertEquals("PENDING_APPROVAL", status(number, OFFICER_PEZE));
            browser.screenshot("path-2-request-" + language);
            driver.findElement(By.id("userMenu:signOut")).click();
            wait.until(ExpectedConditions.urlContains("signedOut=true"));

            signIn(browser, wait, HEAD_PEZE, "/office/approvals.xhtml?lang=" + language);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//tr[.//code[text()='" + number + "']]")));
            driver.findElement(By.xpath("//tr[.//code[text()='" + number + "']]//input[@type='checkbox']")).click();
            driver.findElement(By.id("approvals:comment")).sendKeys("Në rregull / In order");
            browser.screenshot("path-3-approvals-" + language);
            driver.findElement(By.id("approvals:approve")).click();
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.xpath("//tr[.//code[text()='" + number + "']]")));
            assertEquals("APPROVED", status(number, HEAD_PEZE));

            browser.open("/office/request.xhtml?n=" + number);
            act(browser, wait, "DELIVER");
            act(browser, wait, "CLOSE");
            assertTrue(driver.findElement(By.id("timeline")).getText().contains("request.approve"), "the timeline shows the decision");
            browser.screenshot("path-4-closed-" + language);
            assertEquals(java.util.List.of(), browser.consoleErrors(), "no script errors and no policy violations");
            var closed = Http.json(http.get(Http.BASE + "/api/v1/requests/" + number, "application/json", HEAD_PEZE)).asJsonObject();
            assertEquals("CLOSED", closed.getString("status"));
            assertEquals("DESK", closed.getString("channel"));
            assertEquals("Në rregull / In order", closed.getString("decisionNote"));
        }
    }

    /** Clicks the action's button and waits for the page that reports it. */
    private static void act(Browser browser, WebDriverWait wait, String action) {
        By button = By.cssSelector("button[data-action='" + action + "']");
        wait.until(ExpectedConditions.elementToBeClickable(button));
        browser.submit(button);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id='actions:messages'] .ui-messages-info")));
    }

    private String status(String number, Identity who) throws Exception {
        return Http.json(http.get(Http.BASE + "/api/v1/requests/" + number, "application/json", who)).asJsonObject().getString("status");
    }

    @Test
    void aCitizenFollowsTheRequestFromTheReceiptsLinkWithTheAccessCode() throws Exception {
        var created = Http.json(http.postJson(Http.BASE + "/api/v1/requests", SampleRequests.residentCertificate("Pezë e Madhe"),
                IntakeIT.PORTAL)).asJsonObject();
        String number = created.getString("trackingNumber");

        try (Browser browser = new Browser()) {
            var driver = browser.driver;
            var wait = new WebDriverWait(driver, Duration.ofSeconds(10));
            browser.open("/track.xhtml?n=" + number);
            assertEquals(number, driver.findElement(By.id("track:number")).getAttribute("value"), "the QR code's link fills the number in");
            driver.findElement(By.id("track:code")).sendKeys("AAAA-AAAA");
            driver.findElement(By.id("track:follow")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("track:messages"),
                    "Asnjë kërkesë nuk përputhet me këtë numër gjurmimi dhe kod aksesi."));

            driver.findElement(By.id("track:code")).clear();
            driver.findElement(By.id("track:code")).sendKeys(created.getString("accessCode"));
            driver.findElement(By.id("track:follow")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Marrë në dorëzim"));
            assertTrue(!driver.getPageSource().contains(SampleRequests.PERSONAL_NUMBER), "no personal data on the public page");
            browser.screenshot("track-sq");
            assertEquals(java.util.List.of(), browser.consoleErrors(), "no script errors and no policy violations");
        }
    }

    @Test
    void theDeskFilesARequestWithADocumentAndTheUnitResolvedFromTheVillage() throws Exception {
        Credentials.session(DESK_PEZE);
        java.nio.file.Path certificate = java.nio.file.Files.createTempFile("certifikata", ".pdf");
        java.nio.file.Files.write(certificate, DocumentsIT.PDF);

        try (Browser browser = new Browser()) {
            var driver = browser.driver;
            var wait = new WebDriverWait(driver, Duration.ofSeconds(10));
            signIn(browser, wait, DESK_PEZE, "/office/intake.xhtml");
            wait.until(ExpectedConditions.titleIs("Kërkesë e re në sportel · Sporteli"));

            browser.choose("intake:service", "Vërtetim banimi");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("intake:serviceDetails"), "Certifikata familjare"));
            driver.findElement(By.id("intake:number")).sendKeys(SampleRequests.PERSONAL_NUMBER);
            driver.findElement(By.id("intake:name")).sendKeys("Besa Kola");
            driver.findElement(By.id("intake:phone")).sendKeys("+355692345678");
            driver.findElement(By.id("intake:address")).sendKeys("Rruga e Kavajës 10");
            driver.findElement(By.id("intake:locality")).sendKeys("Pezë e Madhe");
            driver.findElement(By.id("intake:resolve")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("intake:unit"), "PEZE"));
            driver.findElement(By.cssSelector("input[type='file'][id$=':file_input']")).sendKeys(certificate.toString());
            browser.screenshot("intake-sq");
            driver.findElement(By.id("intake:submit")).click();

            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("trackingNumber")));
            String number = driver.findElement(By.id("trackingNumber")).getText();
            assertEquals(8, driver.findElement(By.id("accessCode")).getText().length());
            browser.screenshot("intake-filed-sq");
            assertEquals(java.util.List.of(), browser.consoleErrors(), "no script errors and no policy violations");

            var documents = Http.json(http.get(Http.BASE + "/api/v1/requests/" + number + "/documents", "application/json", DESK_PEZE))
                    .asJsonArray();
            assertEquals(1, documents.size(), "the document handed in is stored with the request");
            var request = Http.json(http.get(Http.BASE + "/api/v1/requests/" + number, "application/json", DESK_PEZE)).asJsonObject();
            assertEquals("PEZE", request.getString("unit"));
            assertEquals("DESK", request.getString("channel"));
        } finally {
            java.nio.file.Files.deleteIfExists(certificate);
        }
    }

    private static void signIn(Browser browser, WebDriverWait wait, Identity who, String page) {
        browser.open(page);
        wait.until(ExpectedConditions.urlContains("/login.xhtml"));
        browser.driver.findElement(By.id("login:username")).sendKeys(who.user());
        browser.driver.findElement(By.id("login:password")).sendKeys(Credentials.PASSWORD);
        browser.driver.findElement(By.id("login:signIn")).click();
    }

}
