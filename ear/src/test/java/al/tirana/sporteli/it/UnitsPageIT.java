package al.tirana.sporteli.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
@RunAsClient
class UnitsPageIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return SporteliDeployment.asBuilt();
    }

    @Test
    void homePageListsTheUnitsInAlbanianByDefault() throws Exception {
        var page = new Http().get(Http.BASE + "/", "text/html");

        assertEquals(200, page.statusCode());
        String html = page.body();
        assertTrue(html.contains("lang=\"sq\""), "the page declares Albanian");
        assertTrue(html.contains("Njësitë administrative"));
        assertTrue(html.contains("Njësia Administrative Zall-Herr"));
        assertTrue(html.contains("Ish-komunë"));
        assertTrue(html.contains("Tirana ka 24 njësi administrative: 11 urbane dhe 13 ish-komuna"));
        for (String code : new String[] {"NA01", "NA11", "BALD", "SHGJ", "ZBAS"}) {
            assertTrue(html.contains(">" + code + "<"), "lists " + code);
        }
        assertTrue(html.contains("sporteli.unit.KASH"), "shows each unit's queue for operators");
        assertFalse(html.contains("RES_NOT_FOUND"), "every script and style the page names exists");
    }

    @Test
    void switchesToEnglishAndKeepsItForTheSession() throws Exception {
        Http browser = new Http();

        String english = browser.get(Http.BASE + "/units.xhtml?lang=en", "text/html").body();
        String next = browser.get(Http.BASE + "/units.xhtml", "text/html").body();

        assertTrue(english.contains("lang=\"en\""));
        assertTrue(english.contains("Administrative units"));
        assertTrue(english.contains("Zall-Herr Administrative Unit"));
        assertTrue(english.contains("Former commune"));
        assertTrue(next.contains("Administrative units"), "the choice outlives the request");
        assertFalse(next.contains("Njësitë administrative"));
    }

    @Test
    void unknownPageGetsABilingualNotFoundPageWithoutDetails() throws Exception {
        var page = new Http().get(Http.BASE + "/no-such-page.xhtml", "text/html");

        assertEquals(404, page.statusCode());
        assertTrue(page.body().contains("Faqja nuk u gjet"));
        assertFalse(page.body().contains(".java:"), "no stack trace reaches the user");
    }
}
