package al.tirana.sporteli.units.entity;

/** Whether a unit is one of the city's urban units or a commune merged into the municipality in 2015. */
public enum UnitKind {
    URBAN,
    FORMER_COMMUNE
}
