package al.tirana.sporteli.requests.entity;

/** A person, identified by the personal number (NID), or a business, identified by its NIPT. */
public enum ApplicantKind {
    PERSON,
    BUSINESS
}
