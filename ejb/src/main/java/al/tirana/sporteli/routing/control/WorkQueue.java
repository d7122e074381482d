package al.tirana.sporteli.routing.control;

import al.tirana.sporteli.units.entity.UnitCode;

/** A work queue: of an administrative unit, of a central department, central triage, or the Operational Center. */
public record WorkQueue(Kind kind, String code) {

    public enum Kind {
        UNIT,
        DEPARTMENT,
        TRIAGE,
        EMERGENCY
    }

    public static final WorkQueue TRIAGE = new WorkQueue(Kind.TRIAGE, "TRIAGE");
    public static final WorkQueue EMERGENCY = new WorkQueue(Kind.EMERGENCY, "EMERGENCY");

    public static WorkQueue unit(String code) {
        return new WorkQueue(Kind.UNIT, code);
    }

    public static WorkQueue department(String code) {
        return new WorkQueue(Kind.DEPARTMENT, code);
    }

    /** The JMS destination that carries this queue's work. */
    public String destination() {
        return switch (kind) {
            case UNIT -> Destinations.unitQueue(new UnitCode(code));
            case DEPARTMENT -> Destinations.departmentQueue(code);
            case TRIAGE -> Destinations.TRIAGE_QUEUE;
            case EMERGENCY -> Destinations.EMERGENCY_QUEUE;
        };
    }
}
