package al.tirana.sporteli.web.api;

import al.tirana.sporteli.platform.control.DatabaseOutage;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The last line: a failure nobody foresaw is logged in full under an incident id, and the caller
 * gets only that id, which operations can find in the log. The database being down is foreseen: the
 * caller is told to retry (503), and the connection pool has already logged why.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Throwable exception) {
        if (DatabaseOutage.causedBy(exception)) {
            LOG.fine(() -> "Database unreachable, answered 503: " + exception);
            return ServiceUnavailable.response(DomainExceptionMappers.locale(headers));
        }
        // a change that lost a race surfaces at commit, wrapped by the container
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof jakarta.persistence.OptimisticLockException) {
                return Problem.response(Response.Status.CONFLICT, "concurrent-change", "Conflict",
                        "Someone else changed this at the same time; reload and try again.", Map.of());
            }
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected failure, incident " + incident, exception);
        return Problem.response(Response.Status.INTERNAL_SERVER_ERROR, "unexpected",
                "Unexpected error", "Quote incident " + incident + " to the municipality's IT support.", Map.of());
    }
}
