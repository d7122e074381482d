package al.tirana.sporteli.web.api;

import al.tirana.sporteli.platform.entity.Caller;
import al.tirana.sporteli.web.security.StaffAuthentication;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The {@link Caller} every boundary checks, as the authentication mechanism established it for this
 * request: a signed-in member of staff, a system with an API key, or, without either, an anonymous
 * caller with no roles.
 */
@RequestScoped
public class CallerResolver {

    @Inject
    HttpServletRequest request;

    public Caller caller() {
        return request.getAttribute(StaffAuthentication.CALLER) instanceof Caller known
                ? known : Caller.anonymous(request.getRemoteAddr());
    }
}
