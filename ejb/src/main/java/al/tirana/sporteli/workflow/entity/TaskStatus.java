package al.tirana.sporteli.workflow.entity;

/** A task waits in its queue (OPEN), is taken by someone (CLAIMED), or is over (DONE, CANCELLED). */
public enum TaskStatus {
    OPEN,
    CLAIMED,
    DONE,
    CANCELLED
}
