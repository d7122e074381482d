package al.tirana.sporteli.emergency.entity;

/** What happened. Civil emergencies come from calls and reports; the others the system raises itself. */
public enum IncidentKind {
    FLOOD(false),
    FIRE(false),
    EARTHQUAKE_DAMAGE(false),
    SNOW(false),
    COLLAPSED_STRUCTURE(false),
    UTILITY_FAILURE(false),
    OTHER_EMERGENCY(false),
    DEADLINE_BREACH(true),
    DEAD_LETTER(true),
    INTEGRATION_OUTAGE(true),
    UNIT_BACKLOG(true);

    private final boolean internal;

    IncidentKind(boolean internal) {
        this.internal = internal;
    }

    /** A failure of the municipality's own processes rather than something happening in the city. */
    public boolean internal() {
        return internal;
    }
}
