package al.tirana.sporteli.web.api;

import al.tirana.sporteli.web.security.StaffAuthentication;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/**
 * A call whose API key or session could not be checked, because the database was down, is answered
 * 503 before any resource runs: run anonymously it would be refused as unauthorised, which it is not.
 */
@Provider
@PreMatching
public class DatabaseDownFilter implements ContainerRequestFilter {

    @Context
    HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext context) {
        if (Boolean.TRUE.equals(request.getAttribute(StaffAuthentication.DATABASE_DOWN))) {
            context.abortWith(ServiceUnavailable.response(DomainExceptionMappers.locale(context.getAcceptableLanguages())));
        }
    }
}
