package al.tirana.sporteli.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.sql.SQLException;
import javax.transaction.xa.XAException;
import org.junit.jupiter.api.Test;

class RecoverableXAConnectionTest {

    private static XAException driverFailure(int code, SQLException cause) {
        XAException failure = new XAException("Error committing prepared transaction");
        failure.errorCode = code;
        failure.initCause(cause);
        return failure;
    }

    @Test
    void reportsADatabaseShuttingDownUnderACommitAsUnavailable() {
        var failure = driverFailure(XAException.XAER_RMERR,
                new SQLException("FATAL: terminating connection due to administrator command", "57P01"));

        XAException reported = RecoverableXAConnection.corrected(failure);

        assertEquals(XAException.XAER_RMFAIL, reported.errorCode);
        assertSame(failure, reported.getCause(), "the driver's failure stays behind it, for the log");
    }

    @Test
    void reportsACrashedOrStartingDatabaseAsUnavailable() {
        assertEquals(XAException.XAER_RMFAIL, RecoverableXAConnection.corrected(driverFailure(XAException.XAER_RMERR,
                new SQLException("terminating connection because of crash of another server process", "57P02"))).errorCode);
        assertEquals(XAException.XAER_RMFAIL, RecoverableXAConnection.corrected(driverFailure(XAException.XAER_RMERR,
                new SQLException("the database system is starting up", "57P03"))).errorCode);
    }

    @Test
    void leavesEveryOtherOutcomeAsTheDriverReportsIt() {
        var unknownXid = driverFailure(XAException.XAER_NOTA, new SQLException("prepared transaction does not exist", "42704"));
        var failedForGood = driverFailure(XAException.XAER_RMERR, new SQLException("could not commit", "XX000"));
        var alreadyUnavailable = driverFailure(XAException.XAER_RMFAIL, new SQLException("I/O error", "08006"));

        assertSame(unknownXid, RecoverableXAConnection.corrected(unknownXid));
        assertSame(failedForGood, RecoverableXAConnection.corrected(failedForGood));
        assertSame(alreadyUnavailable, RecoverableXAConnection.corrected(alreadyUnavailable));
    }
}
