package al.tirana.sporteli.emergency.entity;

/** How the incident reached the center. */
public enum IncidentSource {
    CALL,
    REQUEST,
    SIGNAL
}
