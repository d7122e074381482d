package al.tirana.sporteli.web.api;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.Map;

/**
 * The answer while the database cannot be reached: 503 with Retry-After, which tells clients to send
 * the same request again shortly, where a 500 would tell them it can never succeed.
 */
public final class ServiceUnavailable {

    /** Long enough for a database restart or a failover, short enough that no citizen gives up. */
    static final int RETRY_AFTER_SECONDS = 10;

    private ServiceUnavailable() {
    }

    public static Response response(Locale locale) {
        return Response.fromResponse(Problem.response(Response.Status.SERVICE_UNAVAILABLE, "unavailable",
                        Messages.text("problem.unavailable.title", locale), Messages.text("problem.unavailable.detail", locale),
                        Map.of()))
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .build();
    }
}
