/** The auditors' page: the audit chain's verification and the trail of any subject. */
package al.tirana.sporteli.web.view.audit;
