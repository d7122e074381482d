package al.tirana.sporteli.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import al.tirana.sporteli.it.Http.Identity;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The Operational Center through the REST API: who may do what, and every fault as problem+json. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OperationsApiIT {

    static final Identity OPERATOR = Identity.of("operator.api", "EMERGENCY_OPERATOR", null);
    static final Identity MANAGER = Identity.of("manager.api", "MANAGER", null);
    static final Identity OFFICER = Identity.of("officer.api", "UNIT_OFFICER", "NA04");
    static final Identity ADMIN = Identity.of("admin", "ADMIN", null);
    static final String INCIDENTS = Http.BASE + "/api/v1/incidents";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return SporteliDeployment.asBuilt();
    }

    private final Http http = new Http();

    private static String report(String kind, Object severity, String title) {
        var body = Json.createObjectBuilder().add("kind", kind).add("title", title).add("unitCode", "NA04").add("address", "Rruga e Durrësit 40");
        if (severity instanceof Integer level) {
            body.add("severity", level);
        }
        return body.build().toString();
    }

    private static Set<String> faultyFields(HttpResponse<String> response) {
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse("").split(";")[0], response.body());
        return Http.json(response).asJsonObject().getJsonArray("errors").stream()
                .map(v -> v.asJsonObject().getString("field")).collect(Collectors.toSet());
    }

    @Test
    void operatorsReportManagersReadOthersAreRefused() throws Exception {
        String title = "Ndërtesë e dëmtuar " + UUID.randomUUID();
        HttpResponse<String> created = http.postJson(INCIDENTS, report("EARTHQUAKE_DAMAGE", 2, title), OPERATOR);
        assertEquals(201, created.statusCode(), created.body());
        String location = created.headers().firstValue("Location").orElseThrow();
        JsonObject incident = Http.json(created).asJsonObject();
        assertEquals("REPORTED", incident.getString("status"));
        assertEquals("NA04", incident.getString("unitCode"));

        HttpResponse<String> read = http.get(location, "application/json", MANAGER);
        assertEquals(200, read.statusCode());
        assertEquals(title, Http.json(read).asJsonObject().getJsonObject("incident").getString("title"));
        assertTrue(http.get(INCIDENTS + "?severity=2&unit=NA04", "application/json", MANAGER).body().contains(title));

        assertEquals(403, http.postJson(INCIDENTS, report("FIRE", 1, "x"), MANAGER).statusCode());
        assertEquals(403, http.postJson(location + "/actions", "{\"action\":\"NOTE\",\"note\":\"x\"}", MANAGER).statusCode());
        assertEquals(403, http.get(location, "application/json", OFFICER).statusCode());
        assertEquals(403, http.get(INCIDENTS, "application/json", ADMIN).statusCode());
        assertEquals(401, http.get(INCIDENTS, "application/json").statusCode());
        assertEquals(403, http.get(Http.BASE + "/api/v1/dead-letters", "application/json", OFFICER).statusCode());
        assertEquals(200, http.get(Http.BASE + "/api/v1/dead-letters", "application/json", MANAGER).statusCode());
    }

    @Test
    void faultsAreProblemsNamingTheField() throws Exception {
        HttpResponse<String> bad = http.postJson(INCIDENTS, report("FIRE", 9, ""), OPERATOR);
        assertEquals(400, bad.statusCode());
        assertEquals(Set.of("severity", "title"), faultyFields(bad));

        HttpResponse<String> created = http.postJson(INCIDENTS, report("FLOOD", 3, "Rrjedhje uji " + UUID.randomUUID()), OPERATOR);
        String actions = created.headers().firstValue("Location").orElseThrow() + "/actions";
        HttpResponse<String> triage = http.postJson(actions, "{\"action\":\"TRIAGE\",\"severity\":0}", OPERATOR);
        assertEquals(400, triage.statusCode());
        assertEquals(Set.of("severity"), faultyFields(triage));

        HttpResponse<String> illegal = http.postJson(actions, "{\"action\":\"STATUS\",\"status\":\"ON_SCENE\"}", OPERATOR);
        assertEquals(409, illegal.statusCode(), "no team is out yet: " + illegal.body());
        assertEquals("application/problem+json", illegal.headers().firstValue("Content-Type").orElse("").split(";")[0]);

        HttpResponse<String> noTeam = http.postJson(actions, "{\"action\":\"DISPATCH\",\"team\":\"NO-SUCH\"}", OPERATOR);
        assertEquals(404, noTeam.statusCode());
        assertEquals(404, http.delete(Http.BASE + "/api/v1/dead-letters/987654321", OPERATOR).statusCode());
        assertEquals(404, http.get(INCIDENTS + "/987654321", "application/json", OPERATOR).statusCode());
    }

    @Test
    void aMonitoringSystemReportsAnOutageOnceWhileItLasts() throws Exception {
        String system = "Regjistri Kombëtar i Gjendjes Civile " + UUID.randomUUID();
        HttpResponse<String> first = http.postJson(INCIDENTS, report("INTEGRATION_OUTAGE", 2, system), Identity.CLIENT);
        assertEquals(201, first.statusCode(), first.body());
        HttpResponse<String> again = http.postJson(INCIDENTS, report("INTEGRATION_OUTAGE", 2, system), Identity.CLIENT);
        long id = Http.json(first).asJsonObject().getJsonNumber("id").longValue();
        assertEquals(id, Http.json(again).asJsonObject().getJsonNumber("id").longValue(), "one open incident per outage");

        JsonObject detail = Http.json(http.get(INCIDENTS + "/" + id, "application/json", OPERATOR)).asJsonObject();
        assertEquals("SIGNAL", detail.getJsonObject("incident").getString("source"));
        assertTrue(detail.getJsonArray("timeline").stream().map(JsonValue::asJsonObject).anyMatch(e -> e.getString("kind").equals("SIGNAL")),
                "the repeat is a line on its timeline");

        assertEquals(403, http.postJson(INCIDENTS, report("FIRE", 1, "Jo"), Identity.CLIENT).statusCode(),
                "systems report outages, not civil emergencies");
    }
}
