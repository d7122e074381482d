/** Backing beans of the Faces pages, one per page and named after it; they call boundaries and navigate, nothing more. */
package al.tirana.sporteli.web.view;
