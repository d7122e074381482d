package al.tirana.sporteli.catalog.entity;

/** What the law makes of the municipality's silence once the legal deadline passes. */
public enum SilenceRule {
    TACIT_APPROVAL,
    TACIT_REFUSAL,
    NONE
}
