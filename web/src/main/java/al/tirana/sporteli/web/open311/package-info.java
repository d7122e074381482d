/**
 * Open311 GeoReport v2 at /sporteli/open311/v2, the civic-issue API existing apps already speak:
 * the public-space services, reports posted with an API key, and their status as open or closed,
 * in JSON or XML. It shows no personal data.
 */
package al.tirana.sporteli.web.open311;
