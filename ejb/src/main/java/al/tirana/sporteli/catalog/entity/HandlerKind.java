package al.tirana.sporteli.catalog.entity;

/** Who handles a service: a central department, the applicant's administrative unit, or the Operational Center. */
public enum HandlerKind {
    DEPARTMENT,
    UNIT,
    EMERGENCY_CENTER
}
