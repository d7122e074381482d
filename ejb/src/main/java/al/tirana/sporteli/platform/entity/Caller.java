package al.tirana.sporteli.platform.entity;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Who is acting, as every boundary needs to know it: name, roles, the unit or department they belong
 * to (null for central staff who serve every unit), where they connect from and through which channel.
 */
public record Caller(String name, Set<Role> roles, String organisation, String address, Channel channel) {

    private static final Set<Role> SEE_EVERYTHING = EnumSet.of(Role.ADMIN, Role.MANAGER, Role.AUDITOR, Role.SYSTEM);
    /** Roles of people who work requests; without a unit or department they are central staff. */
    private static final Set<Role> STAFF = EnumSet.of(Role.DESK_OFFICER, Role.UNIT_OFFICER, Role.DEPARTMENT_OFFICER,
            Role.DEPARTMENT_HEAD, Role.EMERGENCY_OPERATOR);
    public static final String ANONYMOUS = "anonymous";

    public Caller {
        Objects.requireNonNull(name, "name");
        // enum order, so that primaryRole() is stable
        roles = roles == null || roles.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
        channel = channel == null ? Channel.SYSTEM : channel;
    }

    /** Someone who presented no credentials: a citizen on a public page, say. */
    public static Caller anonymous(String address) {
        return new Caller(ANONYMOUS, Set.of(), null, address, Channel.PORTAL);
    }

    public boolean isAnonymous() {
        return ANONYMOUS.equals(name) && roles.isEmpty();
    }

    public static Caller system(String name) {
        return new Caller(name, EnumSet.of(Role.SYSTEM), null, null, Channel.SYSTEM);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Set<Role> wanted) {
        return wanted.stream().anyMatch(roles::contains);
    }

    /**
     * Central roles read across all units, and so do staff of no unit or department (the town hall's
     * desk); everyone else is bound to their own unit or department. Systems with an API key are not
     * staff and see nothing of others.
     */
    public boolean seesAllOrganisations() {
        return hasAny(SEE_EVERYTHING) || organisation == null && hasAny(STAFF);
    }

    public boolean belongsTo(String organisationCode) {
        return seesAllOrganisations() || organisation != null && organisation.equals(organisationCode);
    }

    /** The role recorded in the audit: the most specific one the caller holds. */
    public String primaryRole() {
        return roles.stream().findFirst().map(Enum::name).orElse(null);
    }
}
