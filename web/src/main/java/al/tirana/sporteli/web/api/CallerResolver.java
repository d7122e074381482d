package al.tirana.sporteli.web.api;

import al.tirana.sporteli.platform.entity.Caller;
import al.tirana.sporteli.platform.entity.Channel;
import al.tirana.sporteli.platform.entity.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Turns an API call into the {@link Caller} every boundary checks. Until login and API keys arrive,
 * the identity travels in the X-Sporteli-User, -Roles, -Org and -Channel headers; the boundaries
 * already decide on role and territory, so only this class changes when authentication comes.
 */
@RequestScoped
public class CallerResolver {

    @Inject
    HttpServletRequest request;

    public Caller caller() {
        String user = header("X-Sporteli-User");
        Set<Role> roles = EnumSet.noneOf(Role.class);
        String roleList = header("X-Sporteli-Roles");
        if (roleList != null) {
            Arrays.stream(roleList.split(","))
                    .map(r -> r.strip().toUpperCase(Locale.ROOT))
                    .filter(r -> Arrays.stream(Role.values()).anyMatch(known -> known.name().equals(r)))
                    .map(Role::valueOf)
                    .filter(r -> r != Role.SYSTEM)
                    .forEach(roles::add);
        }
        return new Caller(user == null ? "anonymous" : user, roles, header("X-Sporteli-Org"), request.getRemoteAddr(), channel());
    }

    private Channel channel() {
        String channel = header("X-Sporteli-Channel");
        if (channel == null) {
            return Channel.SYSTEM;
        }
        return Arrays.stream(Channel.values()).filter(c -> c.name().equalsIgnoreCase(channel.strip()))
                .findFirst().orElse(Channel.SYSTEM);
    }

    private String header(String name) {
        String value = request.getHeader(name);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
