/**
 * The Operational and Control Center: incidents (civil emergencies and failures of the municipality's
 * own processes), their triage, duplicates, teams and acknowledgement timers, and the dead-letter
 * queue that operators work from the same place.
 */
package al.tirana.sporteli.emergency;
