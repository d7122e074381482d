/**
 * The consumers of Sporteli's queues. They are thin on purpose: read the message, hand it to one
 * boundary, and let any failure propagate, so that the broker redelivers it and, after the attempts
 * configured in config/configure-messaging.cli, moves it to the dead-letter queue for a person to see.
 */
package al.tirana.sporteli.routing.consumers;
