package al.tirana.sporteli.web.api;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Unknown paths, wrong methods, unacceptable media types: answered as problem details, not HTML. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    /**
     * The standard answers a query parameter that cannot be converted (a word for a number, an unknown
     * constant) with 404, as if the address did not exist; RESTEasy names the parameter in its message.
     */
    private static final Pattern QUERY_PARAMETER = Pattern.compile("QueryParam\\(\"([A-Za-z0-9_]{1,60})\"\\)");

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        if (Problem.TYPE.isCompatible(original.getMediaType())) {
            return original;
        }
        Optional<String> parameter = unconvertedQueryParameter(exception);
        if (parameter.isPresent()) {
            Locale locale = DomainExceptionMappers.locale(headers);
            return Problem.response(Response.Status.BAD_REQUEST, "invalid-input", Messages.text("problem.invalidInput", locale),
                    null, Map.of(parameter.get(), Messages.text("field.unreadable", locale)));
        }
        Response.Status status = Response.Status.fromStatusCode(original.getStatus());
        Response.StatusType type = status != null ? status : original.getStatusInfo();
        return Problem.response(status != null ? status : Response.Status.BAD_REQUEST,
                type.getReasonPhrase().toLowerCase(Locale.ROOT).replace(' ', '-'),
                type.getReasonPhrase(), null, Map.of());
    }

    /** The query parameter whose value could not be converted, if that is what the exception says. */
    public static Optional<String> unconvertedQueryParameter(WebApplicationException exception) {
        if (exception instanceof NotFoundException && exception.getCause() != null) {
            Matcher parameter = QUERY_PARAMETER.matcher(String.valueOf(exception.getMessage()));
            if (parameter.find()) {
                return Optional.of(parameter.group(1));
            }
        }
        return Optional.empty();
    }
}
