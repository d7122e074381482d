package al.tirana.sporteli.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Which database the persistence unit runs on, PostgreSQL in production or the embedded H2, for the few
 * native statements that differ between them. Asked inside a transaction: the answer comes from the
 * connection the transaction holds, once per server start.
 */
@ApplicationScoped
public class DatabaseProduct {

    @PersistenceContext
    EntityManager em;

    private volatile Boolean postgres;

    public boolean isPostgres() {
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
