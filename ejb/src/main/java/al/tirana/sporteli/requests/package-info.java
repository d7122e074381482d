/**
 * Service requests: one case per application, from any channel, with one tracking number the citizen
 * keeps. Intake validates once for every channel, never creates a request twice for one idempotency
 * key, resolves the applicant's unit and starts the deadline clocks.
 */
package al.tirana.sporteli.requests;
