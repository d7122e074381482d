package al.tirana.sporteli.requests.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AttachmentTest {

    private static Attachment pdfNamed(String name) {
        return new Attachment(1000L, "FAMILY_CERTIFICATE", name, "application/pdf", 42,
                "b5d4c2daa152f53c02621a70601b11dc5b4aecbda1cc3f5962bc5f7f491bad40",
                "0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f0", "desk.ana", Instant.parse("2026-03-02T09:00:00Z"));
    }

    @Test
    void keepsOnlyTheLastSegmentOfAPath() {
        assertEquals("passwd", Attachment.displayName("../../etc/passwd", "ID"));
        assertEquals("letërnjoftim.pdf", Attachment.displayName("C:\\Users\\ana\\letërnjoftim.pdf", "ID"));
    }

    @Test
    void dropsLineBreaksControlAndInvisibleCharacters() {
        assertEquals("a.pdfX-Injected: 1", Attachment.displayName("a.pdf\r\nX-Injected: 1", "ID"));
        // U+202E would show "invoice\u202Efdp.exe" as "invoiceexe.pdf"
        assertEquals("invoicefdp.exe", Attachment.displayName("invoice\u202Efdp.exe", "ID"));
        assertEquals("tab.png", Attachment.displayName("\ttab\u200B.png\u0000", "ID"));
    }

    @Test
    void composesAccentsSentDecomposed() {
        assertEquals("vërtetim.pdf", Attachment.displayName("ve\u0308rtetim.pdf", "ID"));
    }

    @Test
    void namesAFileWithoutANameAfterItsDocument() {
        assertEquals("family_certificate", Attachment.displayName(null, "FAMILY_CERTIFICATE"));
        assertEquals("id", Attachment.displayName("  \r\n ", "ID"));
        assertEquals("id", Attachment.displayName("uploads/..", "ID"));
        assertEquals("id", Attachment.displayName("folder/", "ID"));
    }

    @Test
    void cutsLongNamesWithoutSplittingACharacter() {
        assertEquals(Attachment.NAME_LENGTH, Attachment.displayName("a".repeat(500), "ID").length());

        String emoji = "a".repeat(Attachment.NAME_LENGTH - 1) + "\uD83D\uDCC4.pdf";
        String cut = Attachment.displayName(emoji, "ID");
        assertEquals(Attachment.NAME_LENGTH - 1, cut.length());
        assertFalse(Character.isHighSurrogate(cut.charAt(cut.length() - 1)));
    }

    @Test
    void savesUnderTheExtensionOfTheDetectedType() {
        assertEquals("certifikata.pdf", pdfNamed("certifikata.pdf").downloadName());
        assertEquals("Certifikata.PDF", pdfNamed("Certifikata.PDF").downloadName());
        assertEquals("invoice.html.pdf", pdfNamed("invoice.html").downloadName());
        assertEquals("family_certificate.pdf", pdfNamed("").downloadName());
        assertTrue(pdfNamed("x.exe").downloadName().endsWith(".pdf"));
    }
}
