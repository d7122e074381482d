package al.tirana.sporteli.web.api;

import al.tirana.sporteli.platform.boundary.StaffAccounts;
import al.tirana.sporteli.platform.boundary.StaffAccounts.Outcome;
import al.tirana.sporteli.platform.entity.AccessDeniedException;
import al.tirana.sporteli.platform.entity.Caller;
import al.tirana.sporteli.platform.entity.InvalidInputException;
import al.tirana.sporteli.platform.entity.Role;
import al.tirana.sporteli.web.security.StaffAuthentication;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Staff sign in to the API with the same accounts as the back office: a POST opens a session (its
 * cookie then identifies every call), a DELETE closes it. Systems use API keys instead.
 */
@ApplicationScoped
@Path("session")
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {

    public record Credentials(String username, String password) {
    }

    public record Who(String username, Set<Role> roles, String organisation) {

        static Who of(Caller caller) {
            return new Who(caller.name(), caller.roles(), caller.organisation());
        }
    }

    @Inject
    SecurityContext security;

    @Inject
    StaffAccounts accounts;

    @Inject
    CallerResolver callers;

    @Context
    HttpServletRequest request;

    @Context
    HttpServletResponse response;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response signIn(Credentials credentials) {
        if (credentials == null || credentials.username() == null || credentials.password() == null) {
            throw InvalidInputException.of("username", "field.required");
        }
        AuthenticationStatus status = security.authenticate(request, response, AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(credentials.username(), credentials.password()))
                .newAuthentication(true));
        if (status == AuthenticationStatus.SUCCESS) {
            return Response.ok(Who.of(callers.caller())).build();
        }
        Outcome outcome = request.getAttribute(StaffAuthentication.OUTCOME) instanceof Outcome o ? o : Outcome.WRONG_CREDENTIALS;
        Response.Status code = outcome == Outcome.THROTTLED ? Response.Status.TOO_MANY_REQUESTS : Response.Status.UNAUTHORIZED;
        return Problem.response(code, "sign-in-" + outcome.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                "Not signed in", Messages.text("login." + outcome.name(), Locale.ENGLISH), Map.of());
    }

    @GET
    public Who who() {
        Caller caller = callers.caller();
        if (caller.isAnonymous()) {
            throw new AccessDeniedException("Not signed in");
        }
        return Who.of(caller);
    }

    @DELETE
    public Response signOut() throws ServletException {
        Caller caller = callers.caller();
        if (!caller.isAnonymous()) {
            accounts.signedOut(caller);
        }
        request.logout();
        if (request.getSession(false) != null) {
            request.getSession(false).invalidate();
        }
        return Response.noContent().build();
    }
}
