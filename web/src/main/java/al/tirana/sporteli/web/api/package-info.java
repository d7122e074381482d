/**
 * The REST API for portals, mobile apps and other systems: JSON in and out, errors as RFC 9457
 * problem details that name what was wrong, never a stack trace.
 */
package al.tirana.sporteli.web.api;
