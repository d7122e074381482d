package al.tirana.sporteli.web.api;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A body that JSON binding cannot read (a word where a number goes, an unknown constant, a date in
 * the wrong form) is the client's fault: 400 as problem details, naming the field where binding says it.
 */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {

    @Context
    HttpHeaders headers;

    private static final Pattern PROPERTY = Pattern.compile("property '([A-Za-z0-9_]{1,60})'");

    @Override
    public Response toResponse(ProcessingException exception) {
        String field = "body";
        for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
            Matcher m = PROPERTY.matcher(String.valueOf(t.getMessage()));
            if (m.find()) {
                field = m.group(1);
            }
        }
        Locale locale = DomainExceptionMappers.locale(headers);
        return Problem.response(Response.Status.BAD_REQUEST, "invalid-input", Messages.text("problem.invalidInput", locale),
                null, Map.of(field, Messages.text("field.unreadable", locale)));
    }
}
