package al.tirana.sporteli.platform.boundary;

import al.tirana.sporteli.requests.control.TrackingSerials;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Year;
import java.time.ZoneId;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema and reference data up to date before anything else touches the database. A failed
 * migration fails the deployment: better no Sporteli than one writing to a schema it does not expect.
 */
@Singleton
@Startup
// Flyway commits each migration itself, which a container transaction would forbid
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigrations {

    private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class.getName());

    /** Bound in ejb-jar.xml to the datasource SPORTELI_DB selects. */
    @Resource(name = "jdbc/sporteli")
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        MigrateResult result = Flyway.configure(DatabaseMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied now)");
        createTrackingSequences(Year.now(ZoneId.of("Europe/Tirane")).getValue());
    }

    /**
     * Each year's tracking numbers start again at 1, from a sequence of their own. This year's and next
     * year's exist before any request needs them, created here outside any business transaction
     * (H2 would commit a business transaction on DDL).
     */
    private void createTrackingSequences(int year) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (int y = year; y <= year + 1; y++) {
                statement.execute("CREATE SEQUENCE IF NOT EXISTS " + TrackingSerials.sequenceName(y) + " START WITH 1 INCREMENT BY 1");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the tracking-number sequences", e);
        }
    }
}
