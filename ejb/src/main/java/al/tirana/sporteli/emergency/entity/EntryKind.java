package al.tirana.sporteli.emergency.entity;

/** What a line of an incident's timeline records. */
public enum EntryKind {
    REPORTED,
    STATUS,
    NOTE,
    TRIAGE,
    DISPATCH,
    ARRIVAL,
    RECALL,
    LINK,
    MERGE,
    REQUEST,
    ESCALATION,
    SIGNAL
}
