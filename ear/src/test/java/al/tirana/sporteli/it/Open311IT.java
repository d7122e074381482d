package al.tirana.sporteli.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import al.tirana.sporteli.it.Http.Identity;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
@RunAsClient
class Open311IT {

    private static final String BASE = Http.BASE + "/open311/v2";
    private static final Identity ADMIN = Identity.of("admin.open311", "ADMIN", null);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return SporteliDeployment.asBuilt();
    }

    private final Http http = new Http();
    private String apiKey;

    @BeforeEach
    void issueAKey() throws Exception {
        var issued = http.postJson(Http.BASE + "/api/v1/api-clients", "{\"name\":\"Aplikacioni Tirana Ime\",\"channel\":\"MOBILE\"}", ADMIN);
        assertEquals(201, issued.statusCode(), issued.body());
        apiKey = Http.json(issued).asJsonObject().getString("apiKey");
    }

    private Map<String, String> pothole() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("api_key", apiKey);
        form.put("service_code", "REPORT_STREET_LIGHT");
        form.put("lat", "41.3275");
        form.put("long", "19.8187");
        form.put("address_string", "Bulevardi Dëshmorët e Kombit");
        form.put("description", "Dy shtylla ndriçimi të fikura");
        form.put("first_name", "Ana");
        form.put("last_name", "Kola");
        form.put("email", "ana@example.al");
        form.put("attribute[POLE_NUMBER]", "T-1043");
        return form;
    }

    @Test
    void discoveryAndServicesInJsonAndXml() throws Exception {
        JsonObject discovery = Http.json(http.get(BASE + "/discovery.json", "application/json")).asJsonObject();
        String servicesXml = http.get(BASE + "/services.xml", "text/xml").body();
        JsonArray services = Http.json(http.get(BASE + "/services.json", "application/json")).asJsonArray();

        assertEquals("http://wiki.open311.org/GeoReport_v2", discovery.getJsonArray("endpoints").getJsonObject(0).getString("specification"));
        Set<String> codes = services.getValuesAs(JsonObject.class).stream().map(s -> s.getString("service_code")).collect(Collectors.toSet());
        assertTrue(codes.contains("REPORT_POTHOLE"));
        assertFalse(codes.contains("TAX_CERTIFICATE"), "personal services stay off Open311");
        assertTrue(servicesXml.contains("<services><service><service_code>"), servicesXml);
        JsonObject definition = Http.json(http.get(BASE + "/services/REPORT_STREET_LIGHT.json", "application/json")).asJsonObject();
        assertEquals("POLE_NUMBER", definition.getJsonArray("attributes").getJsonObject(0).getString("code"));
    }

    @Test
    void postsAReportAndReadsItBackAsOpenWithItsExpectedTime() throws Exception {
        var posted = http.postForm(BASE + "/requests.json", pothole());

        assertEquals(201, posted.statusCode(), posted.body());
        String id = Http.json(posted).asJsonArray().getJsonObject(0).getString("service_request_id");
        JsonObject report = Http.json(http.get(BASE + "/requests/" + id + ".json", "application/json")).asJsonArray().getJsonObject(0);
        assertEquals("open", report.getString("status"));
        assertEquals("REPORT_STREET_LIGHT", report.getString("service_code"));
        assertFalse(report.getString("expected_datetime").isBlank());
        assertEquals(41.3275, report.getJsonNumber("lat").doubleValue(), 1e-9);
        String xml = http.get(BASE + "/requests/" + id + ".xml", "text/xml").body();
        assertTrue(xml.contains("<service_request_id>" + id + "</service_request_id>"), xml);
        assertTrue(xml.contains("<status>open</status>"));
        String listed = http.get(BASE + "/requests.json?service_code=REPORT_STREET_LIGHT&status=open&page_size=200", "application/json").body();
        assertTrue(listed.contains(id));
        assertEquals(id, Http.json(http.get(BASE + "/tokens/" + id + ".json", "application/json")).asJsonArray().getJsonObject(0).getString("service_request_id"));
    }

    @Test
    void refusesWithoutAValidKeyInTheSpecsErrorFormat() throws Exception {
        Map<String, String> noKey = pothole();
        noKey.put("api_key", "not-a-key");

        var json = http.postForm(BASE + "/requests.json", noKey);
        var xml = http.postForm(BASE + "/requests.xml", noKey);

        assertEquals(403, json.statusCode());
        assertEquals(403, Http.json(json).asJsonArray().getJsonObject(0).getInt("code"));
        assertTrue(xml.body().contains("<errors><error><code>403</code>"), xml.body());
    }

    @Test
    void answersBadInputWithA400InTheSpecsFormat() throws Exception {
        Map<String, String> badPoint = pothole();
        badPoint.put("lat", "north");
        Map<String, String> unknownService = pothole();
        unknownService.put("service_code", "TAX_CERTIFICATE");

        var bad = http.postForm(BASE + "/requests.json", badPoint);
        var unknown = http.postForm(BASE + "/requests.json", unknownService);
        var malformedId = http.get(BASE + "/requests/2026-00001-9.json", "application/json");

        assertEquals(400, bad.statusCode(), bad.body());
        assertTrue(Http.json(bad).asJsonArray().getJsonObject(0).getString("description").contains("lat"));
        assertEquals(400, unknown.statusCode());
        assertEquals(400, malformedId.statusCode());
    }
}
