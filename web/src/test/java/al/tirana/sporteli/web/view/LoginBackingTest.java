package al.tirana.sporteli.web.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LoginBackingTest {

    private static String after(String next) {
        LoginBacking login = new LoginBacking();
        login.setNext(next);
        return login.safeNext();
    }

    @Test
    void returnsToThePageAskedForWithinTheApplication() {
        assertEquals("/office/request.xhtml?n=2026-000001-7", after("/office/request.xhtml?n=2026-000001-7"));
    }

    @Test
    void neverSendsAnywhereElse() {
        for (String crafted : new String[] {null, "", "https://evil.example/", "//evil.example/x", "/\\evil.example",
                "/office/queue.xhtml\r\nSet-Cookie: x=y", "/login.xhtml?next=/x", "/admin/accounts.xhtml"}) {
            assertEquals(LoginBacking.HOME, after(crafted), String.valueOf(crafted));
        }
    }
}
