package al.tirana.sporteli.catalog.entity;

/** The kind of value a service asks the applicant for. */
public enum FieldType {
    TEXT,
    NUMBER,
    DATE,
    BOOLEAN
}
