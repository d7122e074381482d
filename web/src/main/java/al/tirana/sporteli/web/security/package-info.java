/**
 * Who is calling: staff sign in with the login form (or the API's session call) and are then known by
 * their session; systems and Open311 clients present an API key. Either way the boundaries receive a
 * {@link al.tirana.sporteli.platform.entity.Caller} and decide on its role and territory.
 */
package al.tirana.sporteli.web.security;
