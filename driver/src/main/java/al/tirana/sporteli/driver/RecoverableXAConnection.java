package al.tirana.sporteli.driver;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.ConnectionEventListener;
import javax.sql.StatementEventListener;
import javax.sql.XAConnection;
import javax.transaction.xa.XAException;
import javax.transaction.xa.XAResource;
import javax.transaction.xa.Xid;

/**
 * The driver's XA connection, telling the transaction manager the truth when the database goes down
 * in the middle of a commit or rollback. When the server is shut down (pg_ctl stop, a failover) or its
 * backend terminated, PostgreSQL answers with SQLState 57P01 to 57P03, which the driver (42.7.14)
 * reports as XAER_RMERR, "the branch failed for good". The branch is in fact still prepared in the
 * database, and it holds its locks. Narayana takes XAER_RMERR for a heuristic outcome and never
 * touches the branch again, so it stays prepared until someone resolves it by hand, and the locks
 * with it: the audit chain head among them, which every intake takes, so all intake waits. Reported
 * as XAER_RMFAIL, "the resource manager is unavailable", the transaction manager keeps the branch and
 * its recovery finishes it once the database is back, as it does when the connection breaks.
 */
final class RecoverableXAConnection implements XAConnection, XAResource {

    private final XAConnection connection;
    private final XAResource resource;

    RecoverableXAConnection(XAConnection connection) throws SQLException {
        this.connection = connection;
        this.resource = connection.getXAResource();
    }

    /** The XA error to report for one the driver raised: XAER_RMFAIL for a database going away. */
    static XAException corrected(XAException failure) {
        if (failure.errorCode != XAException.XAER_RMERR) {
            return failure;
        }
        for (Throwable t = failure.getCause(); t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("57P")) {
                XAException unavailable = new XAException(failure.getMessage());
                unavailable.errorCode = XAException.XAER_RMFAIL;
                unavailable.initCause(failure);
                return unavailable;
            }
        }
        return failure;
    }

    @Override
    public void commit(Xid xid, boolean onePhase) throws XAException {
        try {
            resource.commit(xid, onePhase);
        } catch (XAException e) {
            throw corrected(e);
        }
    }

    @Override
    public void rollback(Xid xid) throws XAException {
        try {
            resource.rollback(xid);
        } catch (XAException e) {
            throw corrected(e);
        }
    }

    @Override
    public int prepare(Xid xid) throws XAException {
        return resource.prepare(xid);
    }

    @Override
    public void start(Xid xid, int flags) throws XAException {
        resource.start(xid, flags);
    }

    @Override
    public void end(Xid xid, int flags) throws XAException {
        resource.end(xid, flags);
    }

    @Override
    public void forget(Xid xid) throws XAException {
        resource.forget(xid);
    }

    @Override
    public Xid[] recover(int flag) throws XAException {
        return resource.recover(flag);
    }

    /** Like the driver's: one physical connection is one resource manager to the transaction manager. */
    @Override
    public boolean isSameRM(XAResource other) {
        return other == this;
    }

    @Override
    public int getTransactionTimeout() throws XAException {
        return resource.getTransactionTimeout();
    }

    @Override
    public boolean setTransactionTimeout(int seconds) throws XAException {
        return resource.setTransactionTimeout(seconds);
    }

    @Override
    public XAResource getXAResource() {
        return this;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return connection.getConnection();
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }

    @Override
    public void addConnectionEventListener(ConnectionEventListener listener) {
        connection.addConnectionEventListener(listener);
    }

    @Override
    public void removeConnectionEventListener(ConnectionEventListener listener) {
        connection.removeConnectionEventListener(listener);
    }

    @Override
    public void addStatementEventListener(StatementEventListener listener) {
        connection.addStatementEventListener(listener);
    }

    @Override
    public void removeStatementEventListener(StatementEventListener listener) {
        connection.removeStatementEventListener(listener);
    }
}
