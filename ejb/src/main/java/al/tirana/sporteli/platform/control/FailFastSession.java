package al.tirana.sporteli.platform.control;

import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionCustomizer;

/**
 * EclipseLink retries a read that failed on a broken connection three times, five seconds apart. With
 * the database down that holds every request for fifteen seconds before it can fail, each attempt
 * logging its failure. The retry is not needed: the datasource validates a connection before handing
 * it out (config/configure-datasources.cli), so a connection that died while the database restarted
 * is replaced there, and a failure that reaches EclipseLink goes straight to the caller.
 */
public class FailFastSession implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
            login.setQueryRetryAttemptCount(0);
        }
    }
}
