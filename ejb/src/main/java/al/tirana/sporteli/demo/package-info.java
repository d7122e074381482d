/**
 * Demo data for the run command: a few hundred requests across services, units, channels and states,
 * filed and worked through the same boundaries and queues as real ones, so that a newcomer sees a
 * living system. It runs only when the server starts with {@code -Dsporteli.demo=true}; production
 * migrations never carry demo data.
 */
package al.tirana.sporteli.demo;
