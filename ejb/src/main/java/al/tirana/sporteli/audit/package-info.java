/**
 * The audit trail: who changed what, when, from where and through which channel, with the state before
 * and after. Entries are append-only and chained by SHA-256, so that a changed or removed entry breaks
 * the chain at a point a verification finds.
 */
package al.tirana.sporteli.audit;
