/**
 * Deadlines: Albanian legal deadlines and the municipality's service targets, counted in working days
 * (public holidays are editable data), calendar days or hours; clocks that pause while the citizen is
 * asked for documents, extensions within the law's limit, and the escalation that warns before a
 * deadline and reports its breach.
 */
package al.tirana.sporteli.deadlines;
