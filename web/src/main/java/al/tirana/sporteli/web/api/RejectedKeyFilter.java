package al.tirana.sporteli.web.api;

import al.tirana.sporteli.web.security.StaffAuthentication;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;

/** A call with an unknown or revoked API key is refused outright, never treated as anonymous. */
@Provider
@PreMatching
public class RejectedKeyFilter implements ContainerRequestFilter {

    @Context
    HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext context) {
        if (Boolean.TRUE.equals(request.getAttribute(StaffAuthentication.REJECTED_KEY))) {
            context.abortWith(Response.fromResponse(Problem.response(Response.Status.UNAUTHORIZED, "unauthenticated",
                            "Not signed in", "The API key is unknown or revoked", Map.of()))
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"sporteli\"").build());
        }
    }
}
