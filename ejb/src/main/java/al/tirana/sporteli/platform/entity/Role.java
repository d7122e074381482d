package al.tirana.sporteli.platform.entity;

/** The roles of DESIGN.md. SYSTEM is a machine acting on its own behalf: timers and consumers. */
public enum Role {
    DESK_OFFICER,
    UNIT_OFFICER,
    DEPARTMENT_OFFICER,
    DEPARTMENT_HEAD,
    EMERGENCY_OPERATOR,
    MANAGER,
    ADMIN,
    AUDITOR,
    SYSTEM
}
