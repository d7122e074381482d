/**
 * Service requests: one case per application, from any channel, with one tracking number the citizen
 * keeps. Intake validates once for every channel, never creates a request twice for one idempotency
 * key, resolves the applicant's unit and starts the deadline clocks. The documents handed in for a
 * request are accepted by what their bytes are, not by their names, and kept under names the server chose.
 */
package al.tirana.sporteli.requests;
