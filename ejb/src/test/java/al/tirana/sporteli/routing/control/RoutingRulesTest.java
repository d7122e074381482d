package al.tirana.sporteli.routing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import al.tirana.sporteli.catalog.entity.HandlerKind;
import al.tirana.sporteli.platform.entity.Role;
import org.junit.jupiter.api.Test;

class RoutingRulesTest {

    @Test
    void routesAUnitOfficersStepToTheApplicantsUnit() {
        assertEquals(WorkQueue.unit("NA05"),
                RoutingRules.queueFor(HandlerKind.DEPARTMENT, "SOCIAL", false, Role.UNIT_OFFICER, "NA05"));
    }

    @Test
    void routesADepartmentStepToTheDepartmentWhateverTheUnit() {
        assertEquals(WorkQueue.department("TAX"),
                RoutingRules.queueFor(HandlerKind.DEPARTMENT, "TAX", false, Role.DEPARTMENT_OFFICER, "KASH"));
        assertEquals(WorkQueue.department("TAX"),
                RoutingRules.queueFor(HandlerKind.DEPARTMENT, "TAX", false, Role.DEPARTMENT_HEAD, null));
    }

    @Test
    void unitServiceWithAnUnresolvedLocationWaitsInTriage() {
        assertEquals(WorkQueue.TRIAGE, RoutingRules.queueFor(HandlerKind.UNIT, null, false, Role.UNIT_OFFICER, null));
        assertEquals(WorkQueue.TRIAGE, RoutingRules.queueFor(HandlerKind.UNIT, null, false, Role.DEPARTMENT_HEAD, null));
    }

    @Test
    void routesFireIncidentToEmergencyCenter() {
        assertEquals(WorkQueue.EMERGENCY,
                RoutingRules.queueFor(HandlerKind.EMERGENCY_CENTER, null, true, Role.EMERGENCY_OPERATOR, "NA01"));
        assertEquals(WorkQueue.EMERGENCY,
                RoutingRules.queueFor(HandlerKind.UNIT, null, true, Role.UNIT_OFFICER, "NA01"));
    }

    @Test
    void eachQueueHasItsOwnDestination() {
        assertEquals("java:/jms/queue/sporteli/unit/NA05", WorkQueue.unit("NA05").destination());
        assertEquals("java:/jms/queue/sporteli/dept/TAX", WorkQueue.department("TAX").destination());
        assertEquals(Destinations.TRIAGE_QUEUE, WorkQueue.TRIAGE.destination());
        assertEquals(Destinations.EMERGENCY_QUEUE, WorkQueue.EMERGENCY.destination());
    }
}
