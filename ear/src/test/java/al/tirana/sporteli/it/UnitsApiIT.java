package al.tirana.sporteli.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
@RunAsClient
class UnitsApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return SporteliDeployment.asBuilt();
    }

    private final Http http = new Http();

    @Test
    void listsTheTwentyFourUnitsInOfficialOrder() throws Exception {
        var response = http.get(Http.BASE + "/api/v1/units", "application/json");

        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonArray units = Http.json(response).asJsonArray();
        assertEquals(24, units.size());
        List<String> codes = units.getValuesAs(JsonObject.class).stream().map(u -> u.getString("code")).toList();
        assertEquals("NA01", codes.get(0));
        assertEquals("NA11", codes.get(10));
        assertEquals("ZHER", codes.get(23));
        assertEquals(11, units.getValuesAs(JsonObject.class).stream()
                .filter(u -> u.getString("kind").equals("URBAN")).count());
        JsonObject berzhite = units.getValuesAs(JsonObject.class).stream()
                .filter(u -> u.getString("code").equals("BERZ")).findFirst().orElseThrow();
        assertEquals("Njësia Administrative Bërzhitë", berzhite.getString("nameSq"));
        assertEquals("FORMER_COMMUNE", berzhite.getString("kind"));
        assertEquals("java:/jms/queue/sporteli/unit/BERZ", berzhite.getString("queue"));
    }

    @Test
    void findsOneUnitByItsCodeWhateverTheCase() throws Exception {
        var response = http.get(Http.BASE + "/api/v1/units/na05", "application/json");

        assertEquals(200, response.statusCode());
        assertEquals("Njësia Administrative nr. 5", Http.json(response).asJsonObject().getString("nameSq"));
    }

    @Test
    void answersAnUnknownUnitWithProblemDetails() throws Exception {
        var response = http.get(Http.BASE + "/api/v1/units/XX99", "application/json");

        assertEquals(404, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        JsonObject problem = Http.json(response).asJsonObject();
        assertEquals(404, problem.getInt("status"));
        assertTrue(problem.getString("detail").contains("XX99"));
    }

    @Test
    void namesTheFieldOfAMalformedUnitCode() throws Exception {
        var response = http.get(Http.BASE + "/api/v1/units/N-5", "application/json");

        assertEquals(400, response.statusCode());
        JsonObject problem = Http.json(response).asJsonObject();
        assertEquals("code", problem.getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void answersAnUnknownPathWithProblemDetailsNotAnHtmlPage() throws Exception {
        var response = http.get(Http.BASE + "/api/v1/no-such-thing", "application/json");

        assertEquals(404, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
    }
}
