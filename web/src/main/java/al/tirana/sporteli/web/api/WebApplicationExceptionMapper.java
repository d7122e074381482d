package al.tirana.sporteli.web.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;

/** Unknown paths, wrong methods, unacceptable media types: answered as problem details, not HTML. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        if (Problem.TYPE.isCompatible(original.getMediaType())) {
            return original;
        }
        Response.Status status = Response.Status.fromStatusCode(original.getStatus());
        Response.StatusType type = status != null ? status : original.getStatusInfo();
        return Problem.response(status != null ? status : Response.Status.BAD_REQUEST,
                type.getReasonPhrase().toLowerCase(java.util.Locale.ROOT).replace(' ', '-'),
                type.getReasonPhrase(), null, Map.of());
    }
}
