package al.tirana.sporteli.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import al.tirana.sporteli.it.Http.Identity;
import al.tirana.sporteli.requests.entity.TrackingNumber;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IntakeIT {

    static final Identity PORTAL = Identity.NONE.via("PORTAL");
    static final Identity OFFICER_KASH = Identity.of("officer.kash", "UNIT_OFFICER", "KASH");
    static final Identity OFFICER_NA01 = Identity.of("officer.na01", "UNIT_OFFICER", "NA01");
    static final Identity OFFICER_TAX = Identity.of("officer.tax", "DEPARTMENT_OFFICER", "TAX");
    static final Identity CENTRAL_DESK = Identity.of("desk.central", "DESK_OFFICER", null);
    static final Identity OPERATOR = Identity.of("operator", "EMERGENCY_OPERATOR", "EMERGENCY");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return SporteliDeployment.asBuilt();
    }

    private final Http http = new Http();

    @Test
    void givesATrackingNumberAndAccessCodeAndFilesTheTaskInTheApplicantsUnit() throws Exception {
        var response = http.postJson(Http.BASE + "/api/v1/requests", SampleRequests.residentCertificate("Kashar"), PORTAL);

        assertEquals(201, response.statusCode(), response.body());
        JsonObject created = Http.json(response).asJsonObject();
        String number = created.getString("trackingNumber");
        assertTrue(number.matches("\\d{4}-\\d{6,}-\\d"), number);
        assertEquals(TrackingNumber.parse(number).toString(), number, "the check digit is right");
        assertEquals(8, created.getString("accessCode").length());
        JsonObject request = created.getJsonObject("request");
        assertEquals("KASH", request.getString("unit"));
        assertEquals("KASH", request.getString("queue"));
        assertEquals("RECEIVED", request.getString("status"));
        assertEquals("PORTAL", request.getString("channel"));
        assertFalse(request.isNull("targetDueAt"));
        assertTrue(response.headers().firstValue("Location").orElse("").endsWith("/requests/" + number));
        assertTrue(Workflow.waitForTask(http, "KASH", number, OFFICER_KASH), "the unit's consumer files the task");
    }

    @Test
    void aLocationThatResolvesToNoUnitWaitsInCentralTriage() throws Exception {
        var response = http.postJson(Http.BASE + "/api/v1/requests",
                SampleRequests.residentCertificate("Vendbanim që nuk ekziston " + UUID.randomUUID()), PORTAL);

        JsonObject request = Http.json(response).asJsonObject().getJsonObject("request");
        assertEquals(201, response.statusCode(), response.body());
        assertTrue(request.isNull("unit"), "never guessed");
        assertEquals("TRIAGE", request.getString("queue"));
        assertTrue(Workflow.waitForTask(http, "TRIAGE", request.getString("trackingNumber"), CENTRAL_DESK));
    }

    @Test
    void aDepartmentsServiceGoesToTheDepartmentAndAnEmergencyToTheOperationalCenter() throws Exception {
        JsonObject tax = Http.json(http.postJson(Http.BASE + "/api/v1/requests", SampleRequests.taxCertificate(), Identity.CLIENT))
                .asJsonObject().getJsonObject("request");
        JsonObject emergency = Http.json(http.postJson(Http.BASE + "/api/v1/requests", SampleRequests.civilEmergency(), Identity.CLIENT))
                .asJsonObject().getJsonObject("request");

        assertEquals("TAX", tax.getString("queue"));
        assertEquals("EMERGENCY", emergency.getString("queue"));
        assertTrue(Workflow.waitForTask(http, "TAX", tax.getString("trackingNumber"), OFFICER_TAX));
        assertTrue(Workflow.waitForTask(http, "EMERGENCY", emergency.getString("trackingNumber"), OPERATOR));
    }

    @Test
    void namesEveryFieldAtFault() throws Exception {
        String bad = Json.createObjectBuilder()
                .add("serviceCode", "TAX_COMPLAINT")
                .add("applicant", Json.createObjectBuilder().add("kind", "PERSON").add("number", "123").add("name", "X")
                        .add("email", "not-an-email"))
                .add("location", Json.createObjectBuilder().add("latitude", 41.3))
                .add("fields", Json.createObjectBuilder().add("NO_SUCH_FIELD", "x"))
                .build().toString();

        var response = http.postJson(Http.BASE + "/api/v1/requests", bad, Identity.CLIENT);

        assertEquals(400, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        Set<String> fields = Http.json(response).asJsonObject().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).collect(Collectors.toSet());
        assertEquals(Set.of("applicant.number", "applicant.email", "location.longitude", "fields.NO_SUCH_FIELD",
                "fields.SUBJECT"), fields);
    }

    @Test
    void answersInEnglishWhenAskedTo() throws Exception {
        String bad = Json.createObjectBuilder().add("serviceCode", "NO_SUCH_SERVICE").build().toString();

        var albanian = http.postJson(Http.BASE + "/api/v1/requests", bad, Identity.CLIENT);
        var english = http.postJson(Http.BASE + "/api/v1/requests", bad, Identity.CLIENT, "Accept-Language", "en");

        assertEquals("Nuk ka shërbim me këtë kod.", firstError(albanian));
        assertEquals("No service has this code.", firstError(english));
    }

    @Test
    void concurrentRetriesWithOneIdempotencyKeyCreateOneRequest() throws Exception {
        String key = "retry-" + UUID.randomUUID();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<HttpResponse<String>>> retries = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                retries.add(() -> new Http().postJson(Http.BASE + "/api/v1/requests", SampleRequests.taxCertificate(),
                        Identity.CLIENT, "Idempotency-Key", key));
            }
            List<HttpResponse<String>> responses = new ArrayList<>();
            for (Future<HttpResponse<String>> future : pool.invokeAll(retries)) {
                responses.add(future.get());
            }

            Set<String> numbers = responses.stream().map(r -> Http.json(r).asJsonObject().getString("trackingNumber"))
                    .collect(Collectors.toSet());
            assertEquals(1, numbers.size(), "one request for one key: " + numbers);
            assertEquals(1, responses.stream().filter(r -> r.statusCode() == 201).count());
            assertEquals(7, responses.stream().filter(r -> r.statusCode() == 200).count());
            assertTrue(responses.stream().filter(r -> r.statusCode() == 200)
                    .allMatch(r -> Http.json(r).asJsonObject().isNull("accessCode")), "the access code is shown once");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void concurrentIntakesGetDistinctTrackingNumbersAndALaterOneAHigherNumber() throws Exception {
        // more intakes than the serials drawn in one round trip, so that blocks are drawn while others are in use
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<HttpResponse<String>>> intakes = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                intakes.add(() -> new Http().postJson(Http.BASE + "/api/v1/requests", SampleRequests.taxCertificate(), Identity.CLIENT));
            }
            List<TrackingNumber> numbers = new ArrayList<>();
            for (Future<HttpResponse<String>> future : pool.invokeAll(intakes)) {
                HttpResponse<String> response = future.get();
                assertEquals(201, response.statusCode(), response.body());
                numbers.add(TrackingNumber.parse(Http.json(response).asJsonObject().getString("trackingNumber")));
            }
            assertEquals(60, Set.copyOf(numbers).size(), "each intake its own number: " + numbers);

            var later = http.postJson(Http.BASE + "/api/v1/requests", SampleRequests.taxCertificate(), Identity.CLIENT);
            TrackingNumber last = TrackingNumber.parse(Http.json(later).asJsonObject().getString("trackingNumber"));
            assertTrue(numbers.stream().allMatch(n -> n.year() < last.year() || n.serial() < last.serial()),
                    "a later intake is numbered after the earlier ones: " + last + " after " + numbers);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aMistypedTrackingNumberIsMalformedNotUnknown() throws Exception {
        String number = Http.json(http.postJson(Http.BASE + "/api/v1/requests", SampleRequests.taxCertificate(), Identity.CLIENT))
                .asJsonObject().getString("trackingNumber");
        String mistyped = number.substring(0, number.length() - 1) + ((number.charAt(number.length() - 1) - '0' + 1) % 10);

        var malformed = http.get(Http.BASE + "/api/v1/requests/" + mistyped, "application/json", OFFICER_TAX);
        var unknown = http.get(Http.BASE + "/api/v1/requests/" + new TrackingNumber(2999, 1), "application/json", OFFICER_TAX);
        var found = http.get(Http.BASE + "/api/v1/requests/" + number, "application/json", OFFICER_TAX);

        assertEquals(400, malformed.statusCode());
        assertEquals("trackingNumber", Http.json(malformed).asJsonObject().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(404, unknown.statusCode());
        assertEquals(200, found.statusCode());
    }

    @Test
    void theCitizenFollowsTheRequestWithTheAccessCodeOnly() throws Exception {
        JsonObject created = Http.json(http.postJson(Http.BASE + "/api/v1/requests", SampleRequests.residentCertificate("Kashar"), PORTAL))
                .asJsonObject();
        String number = created.getString("trackingNumber");
        String code = created.getString("accessCode");
        String wrongCode = (code.charAt(0) == 'A' ? "B" : "A") + code.substring(1);

        var followed = http.get(Http.BASE + "/api/v1/tracking/" + number + "?code=" + code, "application/json", Identity.NONE);
        var refused = http.get(Http.BASE + "/api/v1/tracking/" + number + "?code=" + wrongCode, "application/json", Identity.NONE);
        var noCode = http.get(Http.BASE + "/api/v1/tracking/" + number, "application/json", Identity.NONE);

        assertEquals(200, followed.statusCode(), followed.body());
        JsonObject progress = Http.json(followed).asJsonObject();
        assertEquals("RECEIVED", progress.getString("status"));
        assertEquals("Vërtetim banimi", progress.getString("serviceNameSq"));
        assertTrue(progress.getBoolean("open"));
        assertFalse(followed.body().contains(SampleRequests.PERSONAL_NUMBER), "no personal data on the public answer");
        assertEquals(404, refused.statusCode());
        assertEquals(404, noCode.statusCode());
        assertEquals(Http.json(refused).asJsonObject().getString("title"), Http.json(noCode).asJsonObject().getString("title"));
    }

    @Test
    void staffReadOnlyTheirOwnTerritory() throws Exception {
        String number = Http.json(http.postJson(Http.BASE + "/api/v1/requests", SampleRequests.residentCertificate("Kashar"), PORTAL))
                .asJsonObject().getString("trackingNumber");

        assertEquals(200, http.get(Http.BASE + "/api/v1/requests/" + number, "application/json", OFFICER_KASH).statusCode());
        assertEquals(403, http.get(Http.BASE + "/api/v1/requests/" + number, "application/json", OFFICER_NA01).statusCode());
        assertEquals(403, http.get(Http.BASE + "/api/v1/tasks?queue=KASH", "application/json", OFFICER_NA01).statusCode());
        var audit = Http.json(http.get(Http.BASE + "/api/v1/requests/" + number + "/audit", "application/json", OFFICER_KASH)).asJsonArray();
        assertEquals("request.submit", audit.getJsonObject(0).getString("action"));
    }

    @Test
    void listsRequestsByFilterAndPagesByKey() throws Exception {
        for (int i = 0; i < 3; i++) {
            http.postJson(Http.BASE + "/api/v1/requests", SampleRequests.taxCertificate(), Identity.CLIENT);
        }

        JsonObject first = Http.json(http.get(Http.BASE + "/api/v1/requests?service=TAX_CERTIFICATE&limit=2", "application/json", OFFICER_TAX)).asJsonObject();
        String next = first.getString("next");
        JsonObject second = Http.json(http.get(Http.BASE + "/api/v1/requests?service=TAX_CERTIFICATE&limit=2&" + next, "application/json", OFFICER_TAX)).asJsonObject();

        assertEquals(2, first.getJsonArray("items").size());
        assertNotNull(next);
        assertFalse(second.getJsonArray("items").isEmpty());
        Set<String> firstNumbers = first.getJsonArray("items").getValuesAs(JsonObject.class).stream().map(r -> r.getString("trackingNumber")).collect(Collectors.toSet());
        assertTrue(second.getJsonArray("items").getValuesAs(JsonObject.class).stream().noneMatch(r -> firstNumbers.contains(r.getString("trackingNumber"))));
        assertTrue(first.getJsonArray("items").getValuesAs(JsonObject.class).stream().allMatch(r -> r.getString("serviceCode").equals("TAX_CERTIFICATE")));
    }

    private static String firstError(HttpResponse<String> response) {
        return Http.json(response).asJsonObject().getJsonArray("errors").getJsonObject(0).getString("message");
    }
}
