package al.tirana.sporteli.requests.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Draws the next serial of a year's tracking numbers from that year's database sequence
 * ({@code tracking_serial_2026}, ...), which DatabaseMigrations creates ahead of time: a sequence
 * never blocks concurrent intakes the way a counter row would.
 */
@ApplicationScoped
public class TrackingSerials {

    @PersistenceContext
    EntityManager em;

    private volatile Boolean postgres;

    public long next(int year) {
        String sequence = sequenceName(year);
        String sql = isPostgres() ? "SELECT nextval('" + sequence + "')" : "SELECT NEXT VALUE FOR " + sequence;
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }

    public static String sequenceName(int year) {
        if (year < 2000 || year > 2999) {
            throw new IllegalArgumentException("No tracking numbers for the year " + year);
        }
        return "tracking_serial_" + year;
    }

    private boolean isPostgres() {
        if (postgres == null) {
            try {
                Connection connection = em.unwrap(Connection.class);
                postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot tell which database this is", e);
            }
        }
        return postgres;
    }
}
