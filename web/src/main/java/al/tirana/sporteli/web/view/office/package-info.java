/** The back office's pages for signed-in staff, each backed by one small bean named after it. */
package al.tirana.sporteli.web.view.office;
