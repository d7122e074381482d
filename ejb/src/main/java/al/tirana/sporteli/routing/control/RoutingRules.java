package al.tirana.sporteli.routing.control;

import al.tirana.sporteli.catalog.entity.HandlerKind;
import al.tirana.sporteli.catalog.entity.ServiceDefinition;
import al.tirana.sporteli.platform.entity.Role;
import al.tirana.sporteli.workflow.entity.WorkflowStep;

/**
 * Which queue works a step: emergencies go to the Operational Center, unit officers' steps to the
 * applicant's unit, the rest to the service's department. A step that needs a unit the location did
 * not resolve to waits in central triage: it is never sent to a guessed unit.
 */
public final class RoutingRules {

    private RoutingRules() {
    }

    public static WorkQueue queueFor(ServiceDefinition service, WorkflowStep step, String unitCode) {
        return queueFor(service.handlerKind(), service.handlerDepartment(), service.emergency(), step.role(), unitCode);
    }

    public static WorkQueue queueFor(HandlerKind handler, String department, boolean emergency, Role role, String unitCode) {
        if (emergency || handler == HandlerKind.EMERGENCY_CENTER || role == Role.EMERGENCY_OPERATOR) {
            return WorkQueue.EMERGENCY;
        }
        if (role == Role.UNIT_OFFICER || handler == HandlerKind.UNIT) {
            return unitCode == null ? WorkQueue.TRIAGE : WorkQueue.unit(unitCode);
        }
        return WorkQueue.department(department);
    }
}
