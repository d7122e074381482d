/**
 * The workflow of a request: the status machine of DESIGN.md and one task per step, each in the work
 * queue of the unit or department that must act. Transitions are checked here, once, for every channel.
 */
package al.tirana.sporteli.workflow;
