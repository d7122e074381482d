package al.tirana.sporteli.platform.control;

import jakarta.resource.ResourceException;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import javax.transaction.xa.XAException;

/**
 * Tells a failure that says the database cannot be reached (stopped, restarting, unreachable, or no
 * pooled connection to be had in time) from a fault of the request or the code. The first is
 * temporary and the caller should retry later; the second is not.
 */
public final class DatabaseOutage {

    private DatabaseOutage() {
    }

    /**
     * True if anything in the chain is a connection failure: an SQLState of class 08 (connection
     * exception) or 57P (the server shutting down, crashed, or not yet accepting connections), the
     * connection pool's refusal to hand out a connection, or the transaction manager finding the
     * database gone at commit (XAER_RMFAIL). Containers and JPA wrap these several layers deep, and
     * JDBC chains further exceptions beside the causes, so both links are followed.
     */
    public static boolean causedBy(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> pending = new ArrayDeque<>();
        if (failure != null) {
            pending.add(failure);
        }
        while (!pending.isEmpty()) {
            Throwable t = pending.poll();
            if (!seen.add(t)) {
                continue;
            }
            if (t instanceof ResourceException || t instanceof XAException xa && xa.errorCode == XAException.XAER_RMFAIL) {
                return true;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && (state.startsWith("08") || state.startsWith("57P"))) {
                    return true;
                }
                if (sql.getNextException() != null) {
                    pending.add(sql.getNextException());
                }
            }
            if (t.getCause() != null) {
                pending.add(t.getCause());
            }
        }
        return false;
    }
}
