package al.tirana.sporteli.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return SporteliDeployment.asBuilt();
    }

    @Test
    void wildFlyServesTheDocumentOfBothApis() throws Exception {
        var response = new Http().get("http://localhost:8080/openapi?format=JSON", "application/json");

        assertEquals(200, response.statusCode(), response.body());
        JsonObject document = Http.json(response).asJsonObject();
        assertEquals("Sporteli API", document.getJsonObject("info").getString("title"));
        JsonObject paths = document.getJsonObject("paths");
        assertTrue(paths.keySet().stream().anyMatch(p -> p.endsWith("/api/v1/requests")), paths.keySet().toString());
        assertTrue(paths.keySet().stream().anyMatch(p -> p.endsWith("/api/v1/requests/{trackingNumber}/actions")), paths.keySet().toString());
        assertTrue(paths.keySet().stream().anyMatch(p -> p.contains("/open311/v2/requests")), paths.keySet().toString());
    }
}
