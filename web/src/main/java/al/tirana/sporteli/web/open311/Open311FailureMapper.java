package al.tirana.sporteli.web.open311;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Whatever escapes a GeoReport call is answered in the spec's error list, never as an HTML page or a trace. */
@Provider
public class Open311FailureMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(Open311FailureMapper.class.getName());

    @Override
    public Response toResponse(Throwable exception) {
        if (exception instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            int status = web.getResponse().getStatus();
            return Open311Format.JSON.error(status, web.getResponse().getStatusInfo().getReasonPhrase());
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected Open311 failure, incident " + incident, exception);
        return Open311Format.JSON.error(500, "Unexpected error; incident " + incident);
    }
}
