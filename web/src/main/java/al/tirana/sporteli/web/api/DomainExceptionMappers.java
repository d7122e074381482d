package al.tirana.sporteli.web.api;

import al.tirana.sporteli.platform.entity.AccessDeniedException;
import al.tirana.sporteli.platform.entity.ConflictException;
import al.tirana.sporteli.platform.entity.InvalidInputException;
import al.tirana.sporteli.platform.entity.NotFoundException;
import al.tirana.sporteli.requests.entity.MalformedTrackingNumberException;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The business components' refusals as problem details: 400, 403, 404 and 409. */
public final class DomainExceptionMappers {

    private DomainExceptionMappers() {
    }

    static Locale locale(HttpHeaders headers) {
        return locale(headers == null ? null : headers.getAcceptableLanguages());
    }

    /** The caller's first language, Albanian when it names none. */
    static Locale locale(List<Locale> acceptable) {
        return acceptable == null || acceptable.isEmpty() ? Locale.forLanguageTag("sq") : acceptable.get(0);
    }

    @Provider
    public static class InvalidInput implements ExceptionMapper<InvalidInputException> {

        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(InvalidInputException exception) {
            Locale locale = locale(headers);
            Map<String, String> fields = new LinkedHashMap<>();
            exception.fieldErrors().forEach((field, key) -> fields.put(field, Messages.text(key, locale)));
            return Problem.response(Response.Status.BAD_REQUEST, "invalid-input", Messages.text("problem.invalidInput", locale),
                    null, fields);
        }
    }

    @Provider
    public static class AccessDenied implements ExceptionMapper<AccessDeniedException> {

        @Inject
        CallerResolver callers;

        /** 401 to someone who has not said who they are, 403 to someone who has and may not. */
        @Override
        public Response toResponse(AccessDeniedException exception) {
            if (callers.caller().isAnonymous()) {
                return Response.fromResponse(Problem.response(Response.Status.UNAUTHORIZED, "unauthenticated", "Not signed in",
                        "Sign in, or present an API key as Authorization: Bearer <key>", Map.of()))
                        .header("WWW-Authenticate", "Bearer realm=\"sporteli\"").build();
            }
            return Problem.response(Response.Status.FORBIDDEN, "forbidden", "Forbidden", exception.getMessage(), Map.of());
        }
    }

    @Provider
    public static class NotFound implements ExceptionMapper<NotFoundException> {

        @Override
        public Response toResponse(NotFoundException exception) {
            return Problem.response(Response.Status.NOT_FOUND, "not-found", "Not found", exception.getMessage(), Map.of());
        }
    }

    @Provider
    public static class MalformedTrackingNumber implements ExceptionMapper<MalformedTrackingNumberException> {

        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(MalformedTrackingNumberException exception) {
            Locale locale = locale(headers);
            return Problem.response(Response.Status.BAD_REQUEST, "malformed-tracking-number",
                    Messages.text("problem.invalidInput", locale), exception.getMessage(),
                    Map.of("trackingNumber", Messages.text("trackingNumber.malformed", locale)));
        }
    }

    @Provider
    public static class Conflict implements ExceptionMapper<ConflictException> {

        @Override
        public Response toResponse(ConflictException exception) {
            return Problem.response(Response.Status.CONFLICT, exception.code(), "Conflict", exception.getMessage(), Map.of());
        }
    }
}
