package al.tirana.sporteli.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HealthIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return SporteliDeployment.asBuilt();
    }

    @Test
    void reportsDatabaseAndBrokerUp() throws Exception {
        var response = new Http().get(Http.MANAGEMENT + "/health", "application/json");

        assertEquals(200, response.statusCode(), response.body());
        JsonObject health = Http.json(response).asJsonObject();
        assertEquals("UP", health.getString("status"));
        Map<String, String> checks = health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(c -> c.getString("name"), c -> c.getString("status"), (a, b) -> a));
        assertEquals("UP", checks.get("database"));
        assertEquals("UP", checks.get("broker"));
    }
}
