/**
 * Routing: work travels as JSON messages over Artemis queues, one queue per administrative unit and
 * central department. Messages are sent inside the business transaction, so a rolled-back change sends
 * nothing, and consumers take each message in once (a task message by its task's round, any other by
 * its id in their ledger), so a redelivered message changes nothing.
 */
package al.tirana.sporteli.routing;
