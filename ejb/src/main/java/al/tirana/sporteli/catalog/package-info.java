/**
 * The service catalog: what the one-stop shop offers, with documents, fields, workflow steps, legal
 * deadlines and service targets. Definitions are versioned because the law changes while requests are
 * open: a request keeps the definition it was filed under.
 */
package al.tirana.sporteli.catalog;
