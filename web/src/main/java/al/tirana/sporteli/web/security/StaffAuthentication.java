package al.tirana.sporteli.web.security;

import al.tirana.sporteli.platform.boundary.ApiClients;
import al.tirana.sporteli.platform.boundary.StaffAccounts;
import al.tirana.sporteli.platform.boundary.StaffAccounts.Outcome;
import al.tirana.sporteli.platform.boundary.StaffAccounts.SignIn;
import al.tirana.sporteli.platform.control.DatabaseOutage;
import al.tirana.sporteli.platform.entity.Caller;
import al.tirana.sporteli.platform.entity.Channel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The one authentication mechanism of the application. A sign-in (from the login page or the API)
 * checks the password through {@link StaffAccounts}, renews the session id against fixation and keeps
 * the user name in the session; later requests are known by it, with the account's current roles, so
 * that disabling an account or changing its unit takes effect at once. An API key in
 * {@code Authorization: Bearer} or {@code X-Api-Key} identifies a system for that request only.
 */
@ApplicationScoped
public class StaffAuthentication implements HttpAuthenticationMechanism {

    /** The session attribute that holds the signed-in user name. */
    static final String SESSION_USER = "sporteli.user";
    /** The request attribute that holds the {@link Caller} for the boundaries. */
    public static final String CALLER = Caller.class.getName();
    /** The request attribute that marks a request whose API key is unknown or revoked. */
    public static final String REJECTED_KEY = "sporteli.rejectedKey";
    /** The request attribute that tells the login page why a sign-in failed. */
    public static final String OUTCOME = Outcome.class.getName();
    /** The request attribute that marks a request whose caller could not be checked: the database is down. */
    public static final String DATABASE_DOWN = "sporteli.databaseDown";

    @Inject
    StaffAccounts accounts;

    @Inject
    ApiClients clients;

    /**
     * Without the database nobody can be recognised. The request then goes on anonymously, so nothing
     * runs in anyone's name, marked for the API's filter and the error page to answer 503; a protected
     * page is answered 503 here, as it would otherwise be refused as if the caller had no right to it.
     */
    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        try {
            return identify(request, context);
        } catch (RuntimeException e) {
            if (!DatabaseOutage.causedBy(e)) {
                throw e;
            }
            request.setAttribute(DATABASE_DOWN, Boolean.TRUE);
            if (context.isProtected()) {
                try {
                    response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                } catch (IOException io) {
                    throw new UncheckedIOException(io);
                }
                return AuthenticationStatus.SEND_FAILURE;
            }
            return context.doNothing();
        }
    }

    private AuthenticationStatus identify(HttpServletRequest request, HttpMessageContext context) {
        String address = request.getRemoteAddr();
        if (context.isAuthenticationRequest() && context.getAuthParameters().getCredential() instanceof UsernamePasswordCredential c) {
            return signIn(request, context, c, address);
        }
        Optional<String> key = apiKey(request);
        if (key.isPresent()) {
            Optional<Caller> client = clients.authenticate(key.get(), address);
            if (client.isEmpty()) {
                // answered by the API's own filter, as problem+json; the container would answer in HTML
                request.setAttribute(REJECTED_KEY, Boolean.TRUE);
                return context.doNothing();
            }
            return known(request, context, client.get());
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_USER) instanceof String user) {
            Optional<Caller> staff = accounts.caller(user, address, Channel.DESK);
            if (staff.isPresent()) {
                return known(request, context, staff.get());
            }
            session.invalidate();
        }
        if (context.isProtected()) {
            String next = request.getRequestURI().substring(request.getContextPath().length())
                    + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            return context.redirect(request.getContextPath() + "/login.xhtml?next="
                    + URLEncoder.encode(next, StandardCharsets.UTF_8));
        }
        return context.doNothing();
    }

    private AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context,
                                        UsernamePasswordCredential credential, String address) {
        SignIn result = accounts.signIn(credential.getCaller(), credential.getPasswordAsString(), address);
        request.setAttribute(OUTCOME, result.outcome());
        if (result.outcome() != Outcome.SIGNED_IN) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        request.getSession(true).setAttribute(SESSION_USER, result.caller().name());
        return known(request, context, result.caller());
    }

    private static AuthenticationStatus known(HttpServletRequest request, HttpMessageContext context, Caller caller) {
        request.setAttribute(CALLER, caller);
        return context.notifyContainerAboutLogin(caller.name(),
                caller.roles().stream().map(Enum::name).collect(Collectors.toSet()));
    }

    static Optional<String> apiKey(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.of(authorization.substring(7).strip());
        }
        return Optional.ofNullable(request.getHeader("X-Api-Key")).map(String::strip).filter(k -> !k.isEmpty());
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SESSION_USER);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }
}
