/** The administrators' pages: staff accounts and the holiday calendar, each backed by one small bean named after it. */
package al.tirana.sporteli.web.view.admin;
