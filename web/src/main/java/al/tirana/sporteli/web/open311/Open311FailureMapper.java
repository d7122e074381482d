package al.tirana.sporteli.web.open311;

import al.tirana.sporteli.platform.control.DatabaseOutage;
import al.tirana.sporteli.web.api.WebApplicationExceptionMapper;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Whatever escapes a GeoReport call is answered in the spec's error list, never as an HTML page or a
 * trace; with the database down, as 503 with Retry-After, so that the client sends it again.
 */
@Provider
public class Open311FailureMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(Open311FailureMapper.class.getName());

    @Override
    public Response toResponse(Throwable exception) {
        if (exception instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            int status = web.getResponse().getStatus();
            Optional<String> parameter = WebApplicationExceptionMapper.unconvertedQueryParameter(web);
            if (parameter.isPresent()) {
                // a query parameter that does not convert is the caller's mistake, not a missing address
                return Open311Format.JSON.error(400, "Invalid value for " + parameter.get());
            }
            return Open311Format.JSON.error(status, web.getResponse().getStatusInfo().getReasonPhrase());
        }
        if (DatabaseOutage.causedBy(exception)) {
            return Response.fromResponse(Open311Format.JSON.error(503, "Service temporarily unavailable; retry shortly"))
                    .header(HttpHeaders.RETRY_AFTER, 10).build();
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected Open311 failure, incident " + incident, exception);
        return Open311Format.JSON.error(500, "Unexpected error; incident " + incident);
    }
}
