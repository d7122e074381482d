package al.tirana.sporteli.emergency.control;

import al.tirana.sporteli.audit.control.AuditTrail;
import al.tirana.sporteli.platform.entity.AccessDeniedException;
import al.tirana.sporteli.platform.entity.Caller;
import al.tirana.sporteli.platform.entity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Who may do what in the Operational Center: operators work it, managers read it, everyone else is
 * refused, and each refusal is audited.
 */
@ApplicationScoped
public class OperationsAccess {

    @Inject
    AuditTrail audit;

    public static boolean reads(Caller caller) {
        return caller.has(Role.EMERGENCY_OPERATOR) || caller.has(Role.MANAGER);
    }

    public static boolean works(Caller caller) {
        return caller.has(Role.EMERGENCY_OPERATOR);
    }

    public void requireRead(Caller caller, String subjectType, String subjectId) {
        if (!reads(caller)) {
            audit.record(caller, subjectType + ".read.denied", subjectType, subjectId == null ? "*" : subjectId, null, null);
            throw new AccessDeniedException("Only the Operational Center's operators and managers see its work");
        }
    }

    public void requireOperator(Caller caller, String action, String subjectType, String subjectId) {
        if (!works(caller)) {
            audit.record(caller, action + ".denied", subjectType, subjectId == null ? "*" : subjectId, null, null);
            throw new AccessDeniedException("Only the Operational Center's operators act on its work");
        }
    }
}
