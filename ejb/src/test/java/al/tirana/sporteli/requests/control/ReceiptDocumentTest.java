package al.tirana.sporteli.requests.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import al.tirana.sporteli.platform.entity.Channel;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PRStream;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ReceiptDocumentTest {

    private static final String URL = "http://localhost:8080/sporteli/track.xhtml?n=2026-000123-4";
    private static final Pattern RECTANGLE = Pattern.compile("(-?[\\d.]+) (-?[\\d.]+) (-?[\\d.]+) (-?[\\d.]+) re");

    private static ReceiptDocument.Content sample(String unit, Instant legalDueAt) {
        return new ReceiptDocument.Content("2026-000123-4", "K7MQ2XPA",
                "Vërtetim për çregjistrim biznesi", "Certificate of business deregistration",
                "Arbër Çela", unit, Channel.DESK,
                Instant.parse("2026-01-12T08:30:00Z"), legalDueAt, Instant.parse("2026-02-02T22:59:59Z"),
                1500, List.of("Kartë identiteti", "Ekstrakt nga QKB"), URL);
    }

    private static ReceiptDocument.Content sample() {
        return sample("Njësia Administrative Nr. 5", Instant.parse("2026-06-15T21:59:59.999999999Z"));
    }

    @Test
    void rendersOneA4Page() throws Exception {
        PdfReader reader = new PdfReader(ReceiptDocument.render(sample()));

        assertEquals(1, reader.getNumberOfPages());
        assertEquals(PageSize.A4.getWidth(), reader.getPageSize(1).getWidth(), 0.5f);
        assertEquals(PageSize.A4.getHeight(), reader.getPageSize(1).getHeight(), 0.5f);
    }

    @Test
    void showsTheNumberAndCodeTheCitizenNeedsToTrackTheRequest() throws Exception {
        String text = text(ReceiptDocument.render(sample()));

        assertTrue(text.contains("2026-000123-4"), text);
        assertTrue(text.contains("K7MQ2XPA"), text);
        assertTrue(text.contains(URL), text);
        assertTrue(text.contains("Numri i gjurmimit / Tracking number"), text);
        assertTrue(text.contains("Ruajeni kodin e aksesit"), text);
    }

    @Test
    void keepsAlbanianLetters() throws Exception {
        String text = text(ReceiptDocument.render(sample()));

        assertTrue(text.contains("Vërtetim për çregjistrim biznesi"), text);
        assertTrue(text.contains("Certificate of business deregistration"), text);
        assertTrue(text.contains("Arbër Çela"), text);
        assertTrue(text.contains("Bashkia Tiranë — Sporteli unik / Municipality of Tirana — One-stop shop"), text);
    }

    @Test
    void embedsTheFontSoTheLettersPrintTheSameEverywhere() throws Exception {
        PdfReader reader = new PdfReader(ReceiptDocument.render(sample()));
        PdfDictionary fonts = reader.getPageN(1).getAsDict(PdfName.RESOURCES).getAsDict(PdfName.FONT);

        assertFalse(fonts.getKeys().isEmpty());
        for (PdfName key : fonts.getKeys()) {
            PdfDictionary font = fonts.getAsDict(key);
            PdfArray descendants = font.getAsArray(PdfName.DESCENDANTFONTS);
            assertNotNull(descendants, "a composite font, which can hold any letter: " + font);
            PdfDictionary descriptor = descendants.getAsDict(0).getAsDict(PdfName.FONTDESCRIPTOR);
            assertNotNull(descriptor.get(PdfName.FONTFILE2), "the TrueType program is in the file");
        }
    }

    @Test
    void showsTimesInTiranaTime() throws Exception {
        String text = text(ReceiptDocument.render(sample()));

        assertTrue(text.contains("12.01.2026 09:30"), "received in winter, UTC+1: " + text);
        assertTrue(text.contains("15.06.2026 23:59"), "legal deadline in summer, UTC+2: " + text);
        assertTrue(text.contains("02.02.2026 23:59"), "service target: " + text);
        assertFalse(text.contains("15.06.2026 21:59"), text);
    }

    @Test
    void showsADashForAServiceWithoutALegalDeadline() throws Exception {
        String text = text(ReceiptDocument.render(sample("Drejtoria e Licencimit", null)));

        assertTrue(text.contains("Afati ligjor / Legal deadline —"), text);
        assertTrue(text.contains("02.02.2026 23:59"), text);
    }

    @Test
    void namesCentralTriageWhileNoUnitIsChosen() throws Exception {
        String text = text(ReceiptDocument.render(sample(null, null)));

        assertTrue(text.contains("Triazh qendror / Central triage"), text);
    }

    @Test
    void listsTheDocumentsHandedIn() throws Exception {
        String text = text(ReceiptDocument.render(sample()));

        assertTrue(text.contains("Kartë identiteti"), text);
        assertTrue(text.contains("Ekstrakt nga QKB"), text);
        assertTrue(text.contains("1500 lekë / lek"), text);
    }

    @Test
    void encodesTheTrackingUrlInTheQrCode() throws Exception {
        assertEquals(URL, decode(ReceiptDocument.qr(URL)));
    }

    @Test
    void drawsTheQrCodeOfTheTrackingUrlOnThePage() throws Exception {
        PdfReader reader = new PdfReader(ReceiptDocument.render(sample()));
        PdfDictionary objects = reader.getPageN(1).getAsDict(PdfName.RESOURCES).getAsDict(PdfName.XOBJECT);

        List<String> found = new ArrayList<>();
        for (PdfName key : objects.getKeys()) {
            PRStream stream = (PRStream) PdfReader.getPdfObject(objects.get(key));
            float size = stream.getAsArray(PdfName.BBOX).getAsNumber(2).floatValue();
            found.add(decode(raster(PdfReader.getStreamBytes(stream), Math.round(size))));
        }
        assertEquals(List.of(URL), found);
    }

    /** The page's words, with every run of white space as one blank, so that a label and its value read as one line. */
    private static String text(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        return new PdfTextExtractor(reader).getTextFromPage(1).replaceAll("\\s+", " ");
    }

    /** The filled rectangles of a drawing, one unit per module, back into modules. */
    private static BitMatrix raster(byte[] content, int size) {
        BitMatrix matrix = new BitMatrix(size);
        Matcher m = RECTANGLE.matcher(new String(content, StandardCharsets.US_ASCII));
        while (m.find()) {
            int x = Math.round(Float.parseFloat(m.group(1)));
            int y = Math.round(Float.parseFloat(m.group(2)));
            int w = Math.round(Float.parseFloat(m.group(3)));
            int h = Math.round(Float.parseFloat(m.group(4)));
            matrix.setRegion(x, size - y - h, w, h);
        }
        return matrix;
    }

    /** Reads a symbol the way a camera would see it: white around it, several pixels per module. */
    private static String decode(BitMatrix matrix) throws Exception {
        int scale = 4;
        int quiet = 4;
        int width = (matrix.getWidth() + 2 * quiet) * scale;
        int height = (matrix.getHeight() + 2 * quiet) * scale;
        int[] pixels = new int[width * height];
        for (int py = 0; py < height; py++) {
            for (int px = 0; px < width; px++) {
                int x = px / scale - quiet;
                int y = py / scale - quiet;
                boolean dark = x >= 0 && y >= 0 && x < matrix.getWidth() && y < matrix.getHeight() && matrix.get(x, y);
                pixels[py * width + px] = dark ? 0xFF000000 : 0xFFFFFFFF;
            }
        }
        RGBLuminanceSource source = new RGBLuminanceSource(width, height, pixels);
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source))).getText();
    }
}
