package al.tirana.sporteli.it;

import static al.tirana.sporteli.it.Workflow.act;
import static al.tirana.sporteli.it.Workflow.actWhenFiled;
import static al.tirana.sporteli.it.Workflow.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import al.tirana.sporteli.it.Http.Identity;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WorkflowIT {

    private static final Identity OFFICER_TAX = Identity.of("officer.tax", "DEPARTMENT_OFFICER", "TAX");
    private static final Identity OTHER_OFFICER_TAX = Identity.of("officer2.tax", "DEPARTMENT_OFFICER", "TAX");
    private static final Identity HEAD_TAX = Identity.of("head.tax", "DEPARTMENT_HEAD", "TAX");
    private static final Identity OFFICER_SOCIAL = Identity.of("officer.social", "DEPARTMENT_OFFICER", "SOCIAL");
    private static final Identity OFFICER_NA01 = Identity.of("officer.na01", "UNIT_OFFICER", "NA01");
    private static final Identity DESK = Identity.of("desk.central", "DESK_OFFICER", null);
    private static final Identity HEAD_INFO = Identity.of("head.info", "DEPARTMENT_HEAD", "INFO");
    private static final Identity OFFICER_INFO = Identity.of("officer.info", "DEPARTMENT_OFFICER", "INFO");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return SporteliDeployment.asBuilt();
    }

    private final Http http = new Http();

    private String fileTaxCertificate() throws Exception {
        return Http.json(http.postJson(Http.BASE + "/api/v1/requests", SampleRequests.taxCertificate(), Identity.CLIENT))
                .asJsonObject().getString("trackingNumber");
    }

    @Test
    void followsTheWholePathFromDeskToClosure() throws Exception {
        String number = fileTaxCertificate();

        assertEquals("IN_REVIEW", status(actWhenFiled(http, number, OFFICER_TAX, "CLAIM", null)));
        assertEquals("PENDING_APPROVAL", status(act(http, number, OFFICER_TAX, "SUBMIT_FOR_APPROVAL", null)));
        assertEquals("PENDING_APPROVAL", status(actWhenFiled(http, number, HEAD_TAX, "CLAIM", null)));
        assertEquals("APPROVED", status(act(http, number, HEAD_TAX, "APPROVE", "Pa detyrime të papaguara")));
        assertEquals("DELIVERED", status(act(http, number, DESK, "DELIVER", null)));
        assertEquals("CLOSED", status(act(http, number, DESK, "CLOSE", null)));

        List<String> actions = Http.json(http.get(Http.BASE + "/api/v1/requests/" + number + "/audit", "application/json", HEAD_TAX))
                .asJsonArray().getValuesAs(JsonObject.class).stream().map(e -> e.getString("action")).toList();
        assertEquals(List.of("request.submit", "request.claim", "request.submit_for_approval", "request.claim",
                "request.approve", "request.deliver", "request.close"), actions);
    }

    @Test
    void refusesAnIllegalTransitionAndChangesNothing() throws Exception {
        String number = fileTaxCertificate();
        actWhenFiled(http, number, OFFICER_TAX, "CLAIM", null);

        HttpResponse<String> approve = act(http, number, HEAD_TAX, "APPROVE", null);
        HttpResponse<String> deliver = act(http, number, DESK, "DELIVER", null);
        HttpResponse<String> complete = act(http, number, OFFICER_TAX, "COMPLETE_STEP", null);

        assertEquals(409, approve.statusCode(), approve.body());
        assertEquals("application/problem+json", approve.headers().firstValue("Content-Type").orElse(""));
        assertTrue(Http.json(approve).asJsonObject().getString("type").endsWith("/illegal-transition"));
        assertEquals(409, deliver.statusCode());
        assertEquals(409, complete.statusCode(), "the next step is the approval: submit instead");
        assertEquals("IN_REVIEW", status(http.get(Http.BASE + "/api/v1/requests/" + number, "application/json", OFFICER_TAX)));
    }

    @Test
    void refusesOfficersOutsideTheQueueAndAuditsTheAttempt() throws Exception {
        String number = fileTaxCertificate();
        actWhenFiled(http, number, OFFICER_TAX, "CLAIM", null);

        assertEquals(403, act(http, number, OFFICER_SOCIAL, "SUBMIT_FOR_APPROVAL", null).statusCode());
        assertEquals(403, act(http, number, OFFICER_NA01, "SUBMIT_FOR_APPROVAL", null).statusCode());
        assertEquals(403, act(http, number, OFFICER_TAX, "APPROVE", null).statusCode(), "approving is the head's");
        assertEquals(401, act(http, number, Identity.NONE, "CANCEL", "no").statusCode(), "not signed in");

        List<String> actions = Http.json(http.get(Http.BASE + "/api/v1/requests/" + number + "/audit", "application/json", HEAD_TAX))
                .asJsonArray().getValuesAs(JsonObject.class).stream().map(e -> e.getString("action")).toList();
        assertTrue(actions.contains("request.submit_for_approval.denied"), actions.toString());
        assertTrue(actions.contains("request.approve.denied"), actions.toString());
    }

    @Test
    void twoOfficersClaimingAtOnceOneWinsTheOtherGetsAConflict() throws Exception {
        String number = fileTaxCertificate();
        assertTrue(Workflow.waitForTask(http, "TAX", number, OFFICER_TAX));

        CompletableFuture<HttpResponse<String>> first = CompletableFuture.supplyAsync(() -> claim(number, OFFICER_TAX));
        CompletableFuture<HttpResponse<String>> second = CompletableFuture.supplyAsync(() -> claim(number, OTHER_OFFICER_TAX));
        List<Integer> statuses = List.of(first.get().statusCode(), second.get().statusCode());

        assertTrue(statuses.contains(200), statuses.toString());
        assertTrue(statuses.contains(409), statuses.toString());
    }

    private HttpResponse<String> claim(String number, Identity who) {
        try {
            return act(new Http(), number, who, "CLAIM", null);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void askingTheCitizenForDocumentsPausesTheClocksAndTheirAnswerResumesThem() throws Exception {
        String number = fileTaxCertificate();
        actWhenFiled(http, number, OFFICER_TAX, "CLAIM", null);

        assertEquals(400, act(http, number, OFFICER_TAX, "REQUEST_DOCUMENTS", null).statusCode(), "a reason is required");
        HttpResponse<String> waiting = act(http, number, OFFICER_TAX, "REQUEST_DOCUMENTS", "Mungon dokumenti i identifikimit");
        HttpResponse<String> resumed = act(http, number, DESK, "CITIZEN_RESPONDED", null);

        assertEquals("WAITING_FOR_CITIZEN", status(waiting));
        assertTrue(Http.json(waiting).asJsonObject().getBoolean("paused"));
        assertEquals("IN_REVIEW", status(resumed));
        JsonObject after = Http.json(resumed).asJsonObject();
        assertFalse(after.getBoolean("paused"));
        assertEquals(1, after.getJsonArray("pauses").size());
        assertFalse(after.getJsonArray("pauses").getJsonObject(0).isNull("endedAt"));
    }

    @Test
    void aPageOfRequestsShowsEachRequestWithItsOwnPauses() throws Exception {
        String ended = fileTaxCertificate();
        String running = fileTaxCertificate();
        String never = fileTaxCertificate();
        actWhenFiled(http, ended, OFFICER_TAX, "CLAIM", null);
        act(http, ended, OFFICER_TAX, "REQUEST_DOCUMENTS", "Mungon vërtetimi i pronësisë");
        act(http, ended, DESK, "CITIZEN_RESPONDED", null);
        actWhenFiled(http, running, OFFICER_TAX, "CLAIM", null);
        act(http, running, OFFICER_TAX, "REQUEST_DOCUMENTS", "Mungon dokumenti i identifikimit");

        // the pauses of a whole page are read together: each request must still get its own
        List<JsonObject> items = Http.json(http.get(Http.BASE + "/api/v1/requests?service=TAX_CERTIFICATE&limit=50",
                "application/json", OFFICER_TAX)).asJsonObject().getJsonArray("items").getValuesAs(JsonObject.class);
        JsonObject endedItem = item(items, ended);
        JsonObject runningItem = item(items, running);
        assertEquals(1, endedItem.getJsonArray("pauses").size());
        assertFalse(endedItem.getJsonArray("pauses").getJsonObject(0).isNull("endedAt"));
        assertFalse(endedItem.getBoolean("paused"));
        assertEquals(1, runningItem.getJsonArray("pauses").size());
        assertTrue(runningItem.getJsonArray("pauses").getJsonObject(0).isNull("endedAt"));
        assertTrue(runningItem.getBoolean("paused"));
        assertEquals(0, item(items, never).getJsonArray("pauses").size());
    }

    @Test
    void aLookUpShowsTheRequestWithItsPausesAsItIsNowAndLeavesItOpenToActions() throws Exception {
        String number = fileTaxCertificate();
        actWhenFiled(http, number, OFFICER_TAX, "CLAIM", null);
        act(http, number, OFFICER_TAX, "REQUEST_DOCUMENTS", "Mungon plani i pasurisë");
        JsonObject paused = lookUp(number);
        assertTrue(paused.getBoolean("paused"));
        assertEquals(1, paused.getJsonArray("pauses").size());
        assertTrue(paused.getJsonArray("pauses").getJsonObject(0).isNull("endedAt"));

        // a look-up reads the request read-only: the action after it must still see and change the real row
        HttpResponse<String> responded = act(http, number, DESK, "CITIZEN_RESPONDED", null);
        assertEquals(200, responded.statusCode(), responded.body());
        JsonObject acted = Http.json(responded).asJsonObject();
        JsonObject resumed = lookUp(number);
        assertFalse(resumed.getBoolean("paused"));
        assertEquals(acted.getString("status"), resumed.getString("status"));
        assertEquals(acted.getJsonNumber("version").longValue(), resumed.getJsonNumber("version").longValue());
        assertTrue(resumed.getJsonNumber("version").longValue() > paused.getJsonNumber("version").longValue());
        assertEquals(1, resumed.getJsonArray("pauses").size());
        assertFalse(resumed.getJsonArray("pauses").getJsonObject(0).isNull("endedAt"));
        HttpResponse<String> again = actWhenFiled(http, number, OFFICER_TAX, "REQUEST_DOCUMENTS", "Mungon edhe vërtetimi");
        assertEquals(200, again.statusCode(), again.body());
        assertEquals(2, lookUp(number).getJsonArray("pauses").size());
        assertEquals(403, http.get(Http.BASE + "/api/v1/requests/" + number, "application/json", OFFICER_SOCIAL).statusCode());
    }

    private JsonObject lookUp(String number) throws Exception {
        HttpResponse<String> response = http.get(Http.BASE + "/api/v1/requests/" + number, "application/json", OFFICER_TAX);
        assertEquals(200, response.statusCode(), response.body());
        return Http.json(response).asJsonObject();
    }

    private static JsonObject item(List<JsonObject> items, String number) {
        return items.stream().filter(i -> i.getString("trackingNumber").equals(number)).findFirst()
                .orElseThrow(() -> new AssertionError(number + " is not on the first page"));
    }

    @Test
    void extensionsStayWithinTheLimitOfTheLaw() throws Exception {
        String body = Json.createObjectBuilder().add("serviceCode", "INFORMATION_REQUEST")
                .add("applicant", SampleRequests.person("Gazetar"))
                .add("fields", Json.createObjectBuilder().add("INFORMATION_SOUGHT", "Buxheti i vitit 2026"))
                .build().toString();
        JsonObject created = Http.json(http.postJson(Http.BASE + "/api/v1/requests", body, Identity.CLIENT)).asJsonObject();
        String number = created.getString("trackingNumber");
        String dueBefore = created.getJsonObject("request").getString("legalDueAt");

        HttpResponse<String> extended = act(http, number, HEAD_INFO, Json.createObjectBuilder().add("action", "EXTEND_DEADLINE")
                .add("amount", 5).add("reason", "Informacion nga disa drejtori").build().toString());
        HttpResponse<String> beyond = act(http, number, HEAD_INFO, Json.createObjectBuilder().add("action", "EXTEND_DEADLINE")
                .add("amount", 1).add("reason", "Edhe pak").build().toString());
        HttpResponse<String> byOfficer = act(http, number, OFFICER_INFO, Json.createObjectBuilder().add("action", "EXTEND_DEADLINE")
                .add("amount", 1).add("reason", "x").build().toString());

        assertEquals(200, extended.statusCode(), extended.body());
        assertTrue(Http.json(extended).asJsonObject().getString("legalDueAt").compareTo(dueBefore) > 0, "the deadline moved later");
        assertEquals(409, beyond.statusCode());
        assertTrue(Http.json(beyond).asJsonObject().getString("type").endsWith("/extension-limit"));
        assertEquals(403, byOfficer.statusCode());
    }

    @Test
    void theHeadReturnsADraftAndTheRequestCanBeCancelledAndReopened() throws Exception {
        String number = fileTaxCertificate();
        actWhenFiled(http, number, OFFICER_TAX, "CLAIM", null);
        act(http, number, OFFICER_TAX, "SUBMIT_FOR_APPROVAL", null);
        actWhenFiled(http, number, HEAD_TAX, "CLAIM", null);

        assertEquals(400, act(http, number, HEAD_TAX, "RETURN", null).statusCode(), "returning needs a reason");
        assertEquals("RETURNED", status(act(http, number, HEAD_TAX, "RETURN", "Kontrolloni detyrimet e 2025")));
        assertEquals("IN_REVIEW", status(actWhenFiled(http, number, OFFICER_TAX, "CLAIM", null)));
        assertEquals("CANCELLED", status(act(http, number, DESK, "CANCEL", "Qytetari e tërhoqi kërkesën")));
        assertEquals(409, act(http, number, DESK, "CANCEL", "sërish").statusCode());
        assertEquals("REOPENED", status(act(http, number, HEAD_TAX, "REOPEN", "U tërhoq gabimisht")));
    }
}
