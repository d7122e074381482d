/**
 * Sporteli's readiness checks for MicroProfile Health at the management interface's /health.
 * WildFly looks for health checks only among the beans of the EAR's library folder, so these classes
 * ship in their own jar (the build's "health" classifier) in lib/, see nothing of the business
 * components, and reach the database and the broker through the server's global JNDI names.
 */
package al.tirana.sporteli.platform.health;
