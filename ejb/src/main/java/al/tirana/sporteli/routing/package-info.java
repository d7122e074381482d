/**
 * Routing: work travels as JSON messages over Artemis queues, one queue per administrative unit and
 * central department. Messages are sent inside the business transaction, so a rolled-back change sends
 * nothing, and consumers keep a ledger of message ids, so a redelivered message is handled once.
 */
package al.tirana.sporteli.routing;
