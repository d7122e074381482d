package al.tirana.sporteli.emergency.entity;

public enum TeamType {
    CIVIL_PROTECTION,
    POLICE_LIAISON,
    UTILITIES,
    UNIT_FIELD_TEAM
}
