package al.tirana.sporteli.web.view;

import al.tirana.sporteli.web.api.Messages;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.UUID;

/**
 * What a page must never be handed, refused before Faces reads it. The NUL character: PostgreSQL refuses
 * it in any text, so a page address or form carrying one would fail deep in a query; it gets 400 and
 * the bilingual error page. A script nonce not of PrimeFaces' own form: PrimeFaces would fail on it
 * while rendering any page of that request, the error page included, so it gets 400 and a plain
 * bilingual text. Multipart forms (document uploads) carry files, which may hold any byte.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class UnacceptablePageInput extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String NONCE = "primefaces.nonce";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        if (type.startsWith("multipart/")) {
            chain.doFilter(request, response);
            return;
        }
        // reading a parameter fixes the body's encoding, and before Faces sets it the servlet default
        // is ISO-8859-1, which would turn every "ë" of a form into two characters
        if (request.getCharacterEncoding() == null) {
            request.setCharacterEncoding(StandardCharsets.UTF_8.name());
        }
        String nonce = request.getParameter(NONCE);
        if (nonce != null && !wellFormed(nonce)) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType("text/plain;charset=UTF-8");
            response.getOutputStream().write((Messages.text("errors.badRequest.text", Locale.forLanguageTag("sq")) + "\n\n"
                    + Messages.text("errors.badRequest.text", Locale.ENGLISH) + "\n").getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (request.getParameterMap().values().stream().flatMap(Arrays::stream).anyMatch(value -> value.indexOf('\0') >= 0)) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        chain.doFilter(request, response);
    }

    /** PrimeFaces' nonces are random UUIDs in Base64; it reads a posted one back the same way. */
    private static boolean wellFormed(String nonce) {
        try {
            UUID.fromString(new String(Base64.getDecoder().decode(nonce), StandardCharsets.UTF_8));
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
