/**
 * Administrative units and central departments: the 24 units Tirana has had since the 2015 reform and
 * the departments that act across them. Reference data lives in the database, seeded by migrations,
 * because unit boundaries and departments change by decision, not by release.
 */
package al.tirana.sporteli.units;
