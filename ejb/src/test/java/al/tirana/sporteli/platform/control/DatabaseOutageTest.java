package al.tirana.sporteli.platform.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.resource.ResourceException;
import java.net.ConnectException;
import java.sql.SQLException;
import javax.transaction.xa.XAException;
import org.junit.jupiter.api.Test;

class DatabaseOutageTest {

    /** As the container hands it over: EJB around JPA around JDBC around the driver's own failure. */
    private static RuntimeException wrapped(Throwable jdbc) {
        return new EJBException(new PersistenceException("Exception [EclipseLink-4002]", jdbc));
    }

    @Test
    void recognisesARefusedConnectionDeepInTheChain() {
        var refused = new SQLException("Connection to 127.0.0.1:5432 refused", "08001", new ConnectException("Connection refused"));
        assertTrue(DatabaseOutage.causedBy(wrapped(new SQLException("IJ000453: Unable to get managed connection", refused))));
    }

    @Test
    void recognisesTheServerShuttingDownOrStartingUp() {
        assertTrue(DatabaseOutage.causedBy(wrapped(new SQLException("terminating connection due to administrator command", "57P01"))));
        assertTrue(DatabaseOutage.causedBy(wrapped(new SQLException("the database system is starting up", "57P03"))));
        assertTrue(DatabaseOutage.causedBy(wrapped(new SQLException("An I/O error occurred while sending to the backend", "08006"))));
    }

    @Test
    void recognisesThePoolRefusingAConnection() {
        assertTrue(DatabaseOutage.causedBy(wrapped(new SQLException(new ResourceException(
                "IJ000655: No managed connections available within configured blocking timeout")))));
    }

    @Test
    void recognisesTheDatabaseGoneAtCommit() {
        var rmfail = new XAException(XAException.XAER_RMFAIL);
        assertTrue(DatabaseOutage.causedBy(new EJBException(new IllegalStateException("ARJUNA016053: Could not commit", rmfail))));
        assertFalse(DatabaseOutage.causedBy(new EJBException(new IllegalStateException("rolled back",
                new XAException(XAException.XA_RBROLLBACK)))));
    }

    @Test
    void followsTheExceptionsJdbcChainsBesideTheCause() {
        var batch = new SQLException("Batch entry 0 was aborted", "08006");
        var first = new SQLException("Batch failed", (String) null);
        first.setNextException(batch);
        assertTrue(DatabaseOutage.causedBy(wrapped(first)));
    }

    @Test
    void leavesFaultsOfTheRequestOrTheCodeAlone() {
        assertFalse(DatabaseOutage.causedBy(wrapped(new SQLException("duplicate key value violates unique constraint", "23505"))));
        assertFalse(DatabaseOutage.causedBy(wrapped(new SQLException("canceling statement due to user request", "57014"))));
        assertFalse(DatabaseOutage.causedBy(new EJBException(new OptimisticLockException("changed meanwhile"))));
        assertFalse(DatabaseOutage.causedBy(new NullPointerException()));
        assertFalse(DatabaseOutage.causedBy(null));
    }

    @Test
    void endsOnAChainThatLoopsBackOnItself() {
        var a = new SQLException("a", "42000");
        var b = new SQLException("b", "42000");
        a.setNextException(b);
        b.setNextException(a);
        assertFalse(DatabaseOutage.causedBy(wrapped(a)));
    }
}
