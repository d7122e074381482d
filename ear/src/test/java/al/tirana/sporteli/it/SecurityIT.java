package al.tirana.sporteli.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import al.tirana.sporteli.it.Http.Identity;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Sign-in, lockout, sessions, API keys and the role × territory matrix, through the API as any client. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityIT {

    static final Identity ADMIN = Identity.of("admin", "ADMIN", null);
    static final Identity AUDITOR = Identity.of("auditor.security", "AUDITOR", null);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return SporteliDeployment.asBuilt();
    }

    private final Http http = new Http();

    private static Identity newOfficer(String unit) {
        Identity officer = Identity.of("officer." + UUID.randomUUID().toString().substring(0, 8), "UNIT_OFFICER", unit);
        Credentials.session(officer);
        return officer;
    }

    private List<String> accountTrail(String username) throws Exception {
        return Http.json(http.get(Http.BASE + "/api/v1/audit/account/" + username, "application/json", AUDITOR))
                .asJsonArray().getValuesAs(JsonObject.class).stream().map(e -> e.getString("action")).toList();
    }

    @Test
    void signsInWithTheAccountsRolesAndUnitAndAuditsEveryAttempt() throws Exception {
        Identity officer = newOfficer("NA05");

        var wrong = Credentials.signInResponse(officer.user(), "not the password");
        var right = Credentials.signInResponse(officer.user(), Credentials.PASSWORD);

        assertEquals(401, wrong.statusCode());
        assertEquals("application/problem+json", wrong.headers().firstValue("Content-Type").orElse(""));
        assertEquals(200, right.statusCode(), right.body());
        JsonObject who = Http.json(right).asJsonObject();
        assertEquals("NA05", who.getString("organisation"));
        assertEquals("UNIT_OFFICER", who.getJsonArray("roles").getString(0));
        List<String> trail = accountTrail(officer.user());
        assertTrue(trail.contains("login.failure"), trail.toString());
        assertTrue(trail.contains("login.success"), trail.toString());
    }

    @Test
    void locksTheAccountAfterFiveWrongPasswordsUntilAnAdministratorUnlocksIt() throws Exception {
        Identity officer = newOfficer("NA05");
        for (int i = 0; i < 5; i++) {
            assertEquals(401, Credentials.signInResponse(officer.user(), "wrong password " + i).statusCode());
        }

        var locked = Credentials.signInResponse(officer.user(), Credentials.PASSWORD);
        assertEquals(401, locked.statusCode());
        assertTrue(Http.json(locked).asJsonObject().getString("type").endsWith("sign-in-locked"), locked.body());
        assertTrue(accountTrail(officer.user()).contains("account.locked"));

        var unlocked = http.postJson(Http.BASE + "/api/v1/accounts/" + officer.user() + "/unlock", "{}", ADMIN);
        assertEquals(200, unlocked.statusCode(), unlocked.body());
        assertEquals(200, Credentials.signInResponse(officer.user(), Credentials.PASSWORD).statusCode());
    }

    @Test
    void renewsTheSessionIdOnSignInAndEndsItOnSignOut() throws Exception {
        Identity officer = newOfficer("NA01");
        HttpClient client = HttpClient.newHttpClient();
        var page = client.send(HttpRequest.newBuilder(URI.create(Http.BASE + "/login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
        String before = Credentials.sessionId(page);
        String body = Json.createObjectBuilder().add("username", officer.user()).add("password", Credentials.PASSWORD)
                .build().toString();

        var signedIn = client.send(HttpRequest.newBuilder(URI.create(Http.BASE + "/api/v1/session"))
                .header("Content-Type", "application/json").header("Cookie", "JSESSIONID=" + before)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        String after = Credentials.sessionId(signedIn);

        assertEquals(200, signedIn.statusCode(), signedIn.body());
        assertNotEquals(before, after, "a session id known before sign-in must not carry the signed-in user");
        assertEquals(200, who(client, after).statusCode());
        assertEquals(401, who(client, before).statusCode());
        var signedOut = client.send(HttpRequest.newBuilder(URI.create(Http.BASE + "/api/v1/session"))
                .header("Cookie", "JSESSIONID=" + after).DELETE().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(204, signedOut.statusCode());
        assertEquals(401, who(client, after).statusCode());
    }

    private static HttpResponse<String> who(HttpClient client, String session) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(Http.BASE + "/api/v1/session"))
                .header("Accept", "application/json").header("Cookie", "JSESSIONID=" + session).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theBackOfficeSendsStrangersToTheLoginPageAndStaffToTheirQueue() throws Exception {
        HttpClient noRedirects = HttpClient.newHttpClient();
        var anonymous = noRedirects.send(HttpRequest.newBuilder(URI.create(Http.BASE + "/office/queue.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
        Identity officer = newOfficer("NA01");

        var staff = http.get(Http.BASE + "/office/queue.xhtml", "text/html", officer);

        assertEquals(302, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("Location").orElse("").contains("/login.xhtml?next=%2Foffice%2Fqueue.xhtml"));
        assertEquals(200, staff.statusCode());
        assertTrue(staff.body().contains("Radha NA01"), "the queue of the officer's own unit, in Albanian");
    }

    @Test
    void systemsNeedAValidApiKeyAndStrangersCannotFileRequests() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        var badKey = client.send(HttpRequest.newBuilder(URI.create(Http.BASE + "/api/v1/requests"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer spk_not-a-key")
                .POST(HttpRequest.BodyPublishers.ofString(SampleRequests.taxCertificate())).build(),
                HttpResponse.BodyHandlers.ofString());
        var anonymous = http.postJson(Http.BASE + "/api/v1/requests", SampleRequests.taxCertificate(), Identity.NONE);
        var system = http.postJson(Http.BASE + "/api/v1/requests", SampleRequests.taxCertificate(), Identity.CLIENT);

        assertEquals(401, badKey.statusCode());
        assertEquals("application/problem+json", badKey.headers().firstValue("Content-Type").orElse(""));
        assertEquals(401, anonymous.statusCode());
        assertEquals(201, system.statusCode(), system.body());
        String number = Http.json(system).asJsonObject().getString("trackingNumber");
        assertEquals(403, http.get(Http.BASE + "/api/v1/requests/" + number, "application/json", Identity.CLIENT).statusCode(),
                "a system reads nobody's requests through the staff API");
    }

    @Test
    void everyRoleReadsItsOwnTerritoryAndIsRefusedAndAuditedElsewhere() throws Exception {
        var filed = http.postJson(Http.BASE + "/api/v1/requests", SampleRequests.residentCertificate("Ali Demi"), IntakeIT.PORTAL);
        assertEquals(201, filed.statusCode(), filed.body());
        String inNa01 = Http.json(filed).asJsonObject().getString("trackingNumber");
        String inKash = Http.json(http.postJson(Http.BASE + "/api/v1/requests", SampleRequests.residentCertificate("Kashar"),
                IntakeIT.PORTAL)).asJsonObject().getString("trackingNumber");
        Map<Identity, int[]> expected = new LinkedHashMap<>();
        expected.put(Identity.of("matrix.desk.na01", "DESK_OFFICER", "NA01"), new int[] {200, 403});
        expected.put(Identity.of("matrix.officer.na01", "UNIT_OFFICER", "NA01"), new int[] {200, 403});
        expected.put(Identity.of("matrix.officer.kash", "UNIT_OFFICER", "KASH"), new int[] {403, 200});
        expected.put(Identity.of("matrix.officer.tax", "DEPARTMENT_OFFICER", "TAX"), new int[] {403, 403});
        expected.put(Identity.of("matrix.head.tax", "DEPARTMENT_HEAD", "TAX"), new int[] {403, 403});
        expected.put(Identity.of("matrix.operator", "EMERGENCY_OPERATOR", "EMERGENCY"), new int[] {403, 403});
        expected.put(Identity.of("matrix.manager", "MANAGER", null), new int[] {200, 200});
        expected.put(Identity.of("matrix.auditor", "AUDITOR", null), new int[] {200, 200});
        expected.put(ADMIN, new int[] {200, 200});

        for (Map.Entry<Identity, int[]> row : expected.entrySet()) {
            Identity who = row.getKey();
            assertEquals(row.getValue()[0], http.get(Http.BASE + "/api/v1/requests/" + inNa01, "application/json", who).statusCode(),
                    who.user() + " reading a request of NA01");
            assertEquals(row.getValue()[1], http.get(Http.BASE + "/api/v1/requests/" + inKash, "application/json", who).statusCode(),
                    who.user() + " reading a request of KASH");
        }
        List<String> denied = Http.json(http.get(Http.BASE + "/api/v1/audit/request/" + inKash, "application/json", AUDITOR))
                .asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("action").equals("request.read.denied")).map(e -> e.getString("actor")).toList();
        assertTrue(denied.containsAll(List.of("matrix.desk.na01", "matrix.officer.na01", "matrix.officer.tax", "matrix.operator")),
                denied.toString());
    }
}
