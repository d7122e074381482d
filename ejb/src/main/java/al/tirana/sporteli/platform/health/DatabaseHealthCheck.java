package al.tirana.sporteli.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Sporteli takes no request it cannot store: without its database it is not ready. */
@Readiness
@ApplicationScoped
public class DatabaseHealthCheck implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(DatabaseHealthCheck.class.getName());

    /** The same choice persistence.xml makes: SPORTELI_DB names the datasource, H2 by default. */
    static String datasourceName() {
        return "java:jboss/datasources/sporteli-" + System.getenv().getOrDefault("SPORTELI_DB", "h2");
    }

    @Override
    public HealthCheckResponse call() {
        String name = datasourceName();
        boolean up;
        try (Connection connection = ((DataSource) new InitialContext().lookup(name)).getConnection()) {
            up = connection.isValid(2);
        } catch (NamingException | SQLException e) {
            LOG.log(Level.WARNING, "Database check failed on " + name, e);
            up = false;
        }
        return HealthCheckResponse.named("database").status(up).withData("datasource", name).build();
    }
}
