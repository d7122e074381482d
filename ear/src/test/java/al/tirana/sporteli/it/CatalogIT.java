package al.tirana.sporteli.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import al.tirana.sporteli.it.Http.Identity;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CatalogIT {

    private static final Identity ADMIN = Identity.of("admin.catalog", "ADMIN", null);
    private static final Identity OFFICER = Identity.of("officer.na01", "UNIT_OFFICER", "NA01");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return SporteliDeployment.asBuilt();
    }

    private final Http http = new Http();

    @Test
    void seedsTheServicesOfTheOneStopShopWithTheirPublishedDeadlines() throws Exception {
        JsonArray services = Http.json(http.get(Http.BASE + "/api/v1/catalog", "application/json")).asJsonArray();

        Set<String> codes = services.getValuesAs(JsonObject.class).stream().map(s -> s.getString("code")).collect(Collectors.toSet());
        assertTrue(services.size() >= 12, "at least 12 services, found " + services.size());
        assertTrue(codes.containsAll(List.of("TAX_CERTIFICATE", "ECONOMIC_AID", "RENT_SUBSIDY", "INFORMATION_REQUEST",
                "PUBLIC_SPACE_PERMIT", "RESIDENT_CERTIFICATE", "CIVIL_EMERGENCY")), codes.toString());
        JsonObject information = Http.json(http.get(Http.BASE + "/api/v1/catalog/INFORMATION_REQUEST", "application/json")).asJsonObject();
        assertEquals(10, information.getJsonObject("legalDeadline").getInt("amount"));
        assertEquals("WORKING_DAYS", information.getJsonObject("legalDeadline").getString("unit"));
        assertEquals("TACIT_REFUSAL", information.getString("silenceRule"));
        assertEquals(5, information.getInt("extensionLimit"));
        assertEquals("DEPARTMENT_HEAD", information.getJsonArray("steps").getJsonObject(2).getString("role"));
        JsonObject certificate = Http.json(http.get(Http.BASE + "/api/v1/catalog/TAX_CERTIFICATE", "application/json")).asJsonObject();
        assertEquals(24, certificate.getJsonObject("legalDeadline").getInt("amount"));
        assertEquals("HOURS", certificate.getJsonObject("legalDeadline").getString("unit"));
        assertTrue(certificate.getBoolean("targetPublished"));
        JsonObject permit = Http.json(http.get(Http.BASE + "/api/v1/catalog/PUBLIC_SPACE_PERMIT", "application/json")).asJsonObject();
        assertFalse(permit.getBoolean("targetPublished"), "an unpublished target is marked as the municipality's own");
    }

    @Test
    void aChangeMakesANewVersionAndKeepsTheOldOne() throws Exception {
        String code = "TEST_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase().replace('-', '_');
        String first = service(code, "Shërbim prove", 5);
        String second = service(code, "Shërbim prove i ndryshuar", 7);

        var created = http.putJson(Http.BASE + "/api/v1/catalog/" + code, first, ADMIN);
        // read once before the change: the current version is remembered in memory, and must not stay so
        assertEquals("Shërbim prove",
                Http.json(http.get(Http.BASE + "/api/v1/catalog/" + code, "application/json")).asJsonObject().getString("nameSq"));
        var changed = http.putJson(Http.BASE + "/api/v1/catalog/" + code, second, ADMIN);

        assertEquals(201, created.statusCode(), created.body());
        assertEquals(200, changed.statusCode(), changed.body());
        assertEquals(2, Http.json(changed).asJsonObject().getInt("version"));
        JsonArray versions = Http.json(http.get(Http.BASE + "/api/v1/catalog/" + code + "/versions", "application/json")).asJsonArray();
        assertEquals(2, versions.size());
        assertEquals(5, versions.getJsonObject(0).getJsonObject("serviceTarget").getInt("amount"));
        assertEquals(7, versions.getJsonObject(1).getJsonObject("serviceTarget").getInt("amount"));
        assertEquals("Shërbim prove i ndryshuar",
                Http.json(http.get(Http.BASE + "/api/v1/catalog/" + code, "application/json")).asJsonObject().getString("nameSq"));
    }

    @Test
    void onlyAdministratorsChangeTheCatalog() throws Exception {
        var refused = http.putJson(Http.BASE + "/api/v1/catalog/TEST_REFUSED", service("TEST_REFUSED", "X", 5), OFFICER);
        var anonymous = http.putJson(Http.BASE + "/api/v1/catalog/TEST_REFUSED", service("TEST_REFUSED", "X", 5), Identity.NONE);

        assertEquals(403, refused.statusCode());
        assertEquals("application/problem+json", refused.headers().firstValue("Content-Type").orElse(""));
        assertEquals(401, anonymous.statusCode(), "not signed in");
        assertEquals(404, http.get(Http.BASE + "/api/v1/catalog/TEST_REFUSED", "application/json").statusCode());
    }

    @Test
    void namesEveryFieldAtFault() throws Exception {
        String broken = Json.createObjectBuilder()
                .add("nameSq", "").add("nameEn", "Broken").add("category", "TEST").add("feeLek", -5)
                .add("handlerKind", "DEPARTMENT").add("channels", Json.createArrayBuilder().add("DESK"))
                .add("serviceTarget", Json.createObjectBuilder().add("amount", 3).add("unit", "WORKING_DAYS"))
                .add("silenceRule", "TACIT_APPROVAL").add("extensionLimit", 0).add("emergency", false)
                .add("steps", Json.createArrayBuilder())
                .build().toString();

        var response = http.putJson(Http.BASE + "/api/v1/catalog/TEST_BROKEN", broken, ADMIN);

        assertEquals(400, response.statusCode(), response.body());
        Set<String> fields = Http.json(response).asJsonObject().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).collect(Collectors.toSet());
        assertEquals(Set.of("nameSq", "feeLek", "handlerDepartment", "silenceRule", "steps"), fields);
    }

    static String service(String code, String nameSq, int targetDays) {
        return Json.createObjectBuilder()
                .add("nameSq", nameSq).add("nameEn", "Test service").add("category", "TEST").add("feeLek", 0)
                .add("handlerKind", "DEPARTMENT").add("handlerDepartment", "TAX")
                .add("channels", Json.createArrayBuilder().add("DESK").add("PORTAL"))
                .add("serviceTarget", Json.createObjectBuilder().add("amount", targetDays).add("unit", "WORKING_DAYS"))
                .add("targetPublished", false).add("silenceRule", "NONE").add("extensionLimit", 0).add("emergency", false)
                .add("documents", Json.createArrayBuilder().add(Json.createObjectBuilder().add("code", "APPLICATION")
                        .add("nameSq", "Kërkesa").add("nameEn", "Application").add("mandatory", true)
                        .add("allowedTypes", Json.createArrayBuilder().add("pdf"))))
                .add("steps", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("code", "REVIEW").add("nameSq", "Shqyrtimi").add("nameEn", "Review")
                                .add("role", "DEPARTMENT_OFFICER").add("limit", Json.createObjectBuilder().add("amount", 2).add("unit", "WORKING_DAYS")))
                        .add(Json.createObjectBuilder().add("code", "APPROVAL").add("nameSq", "Miratimi").add("nameEn", "Approval")
                                .add("role", "DEPARTMENT_HEAD").add("limit", Json.createObjectBuilder().add("amount", 1).add("unit", "WORKING_DAYS"))))
                .build().toString();
    }
}
