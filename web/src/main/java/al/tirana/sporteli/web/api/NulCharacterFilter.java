package al.tirana.sporteli.web.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * No text Sporteli keeps may hold the NUL character: PostgreSQL refuses it in any text column, and no
 * person types it. A request carrying one, in its address or in its body (raw, escaped in JSON as a
 * backslash, u and four zeros, or encoded as %00), is refused as bad input before anything reads it.
 */
@Provider
@PreMatching
public class NulCharacterFilter implements ContainerRequestFilter {

    private static final Pattern ENCODED = Pattern.compile("%00");
    private static final Pattern ESCAPED = Pattern.compile("\\\\u0000", Pattern.CASE_INSENSITIVE);

    @Override
    public void filter(ContainerRequestContext context) {
        String address = context.getUriInfo().getRequestUri().getRawPath() + "?" + context.getUriInfo().getRequestUri().getRawQuery();
        if (address.indexOf('\0') >= 0 || ENCODED.matcher(address).find()) {
            refuse(context, "path");
            return;
        }
        MediaType type = context.getMediaType();
        boolean form = MediaType.APPLICATION_FORM_URLENCODED_TYPE.isCompatible(type);
        boolean json = type != null && (type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"));
        // documents are bytes, not text: only text bodies are read here
        if (!context.hasEntity() || !form && !json) {
            return;
        }
        byte[] body;
        try {
            body = context.getEntityStream().readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.setEntityStream(new ByteArrayInputStream(body));
        for (byte b : body) {
            if (b == 0) {
                refuse(context, "body");
                return;
            }
        }
        // a form encodes NUL as %00, JSON escapes it
        if ((form ? ENCODED : ESCAPED).matcher(new String(body, StandardCharsets.ISO_8859_1)).find()) {
            refuse(context, "body");
        }
    }

    private static void refuse(ContainerRequestContext context, String field) {
        Locale locale = context.getAcceptableLanguages().isEmpty() ? Locale.forLanguageTag("sq") : context.getAcceptableLanguages().get(0);
        context.abortWith(Problem.response(Response.Status.BAD_REQUEST, "invalid-input", Messages.text("problem.invalidInput", locale),
                null, Map.of(field, Messages.text("field.nul", locale))));
    }
}
