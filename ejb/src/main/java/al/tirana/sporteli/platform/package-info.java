/**
 * What the whole application stands on: database migrations at deployment, the clock every component
 * reads (replaceable in tests), and the probes behind the health endpoint.
 */
package al.tirana.sporteli.platform;
