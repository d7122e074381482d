package al.tirana.sporteli.requests.control;

import static al.tirana.sporteli.deadlines.control.WorkingDayCalendar.TIRANA;

import al.tirana.sporteli.platform.entity.Channel;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The paper a citizen takes home from the desk: what was handed in, by when the answer is due, and the
 * tracking number and access code that open the request on the public page, whose address is also a QR
 * code. Every label is in Albanian first, then English. Text is set in Liberation Sans, embedded, so that
 * ë and ç print the same on every viewer and printer, whatever fonts they have.
 */
public final class ReceiptDocument {

    /** The one TrueType font inside OpenPDF; the path is that of the pinned OpenPDF version. */
    private static final String FONT_RESOURCE = "/font-fallback/LiberationSans-Regular.ttf";
    private static final BaseFont BASE_FONT = loadFont();
    private static final Color MUTED = new Color(0x55, 0x55, 0x55);
    private static final Font TITLE = new Font(BASE_FONT, 14, Font.BOLD);
    private static final Font LABEL = new Font(BASE_FONT, 8.5f, Font.NORMAL, MUTED);
    private static final Font VALUE = new Font(BASE_FONT, 10.5f);
    private static final Font KEY_VALUE = new Font(BASE_FONT, 15, Font.BOLD);
    private static final Font SMALL = new Font(BASE_FONT, 8.5f);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(TIRANA);
    private static final String NONE = "—";
    /** About 32 mm with the quiet zone: large enough for a phone camera at arm's length, small enough to leave room for the text. */
    private static final float QR_SIZE = 90;
    /** Blank modules a scanner needs around the symbol, as the QR specification asks. */
    private static final int QUIET_ZONE = 4;
    private static final Map<Channel, String> CHANNELS = Map.of(
            Channel.DESK, "Sporteli / Desk",
            Channel.PORTAL, "Portali online / Online portal",
            Channel.MOBILE, "Aplikacioni celular / Mobile app",
            Channel.SYSTEM, "Sistemi / System");

    /**
     * What the receipt shows, already decided by intake.
     *
     * @param unit the unit or department that handles the request, null while central triage decides
     * @param legalDueAt null for services without a deadline in law
     * @param documents the names, in Albanian, of the required documents handed in
     * @param trackingUrl the public tracking page for this request, put in the QR code as given
     */
    public record Content(String trackingNumber, String accessCode, String serviceNameSq, String serviceNameEn,
                          String applicantName, String unit, Channel channel, Instant receivedAt, Instant legalDueAt,
                          Instant targetDueAt, int feeLek, List<String> documents, String trackingUrl) {

        public Content {
            Objects.requireNonNull(trackingNumber, "trackingNumber");
            Objects.requireNonNull(accessCode, "accessCode");
            Objects.requireNonNull(serviceNameSq, "serviceNameSq");
            Objects.requireNonNull(serviceNameEn, "serviceNameEn");
            Objects.requireNonNull(applicantName, "applicantName");
            Objects.requireNonNull(channel, "channel");
            Objects.requireNonNull(receivedAt, "receivedAt");
            Objects.requireNonNull(targetDueAt, "targetDueAt");
            Objects.requireNonNull(trackingUrl, "trackingUrl");
            if (feeLek < 0) {
                throw new IllegalArgumentException("A fee cannot be " + feeLek + " lek");
            }
            documents = List.copyOf(documents);
        }
    }

    private ReceiptDocument() {
    }

    /** An A4 PDF of the receipt. */
    public static byte[] render(Content c) {
        Objects.requireNonNull(c, "content");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Document document = new Document(PageSize.A4, 56, 56, 56, 56)) {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.addTitle("Dëftesë pranimi / Intake receipt " + c.trackingNumber());
            document.open();
            Paragraph title = new Paragraph("Bashkia Tiranë — Sporteli unik / Municipality of Tirana — One-stop shop", TITLE);
            title.setAlignment(Element.ALIGN_CENTER);
            document.add(title);
            Paragraph subtitle = new Paragraph("Dëftesë pranimi të kërkesës / Receipt of application", VALUE);
            subtitle.setAlignment(Element.ALIGN_CENTER);
            subtitle.setSpacingAfter(18);
            document.add(subtitle);
            document.add(details(c));
            document.add(tracking(writer, c));
        } catch (DocumentException e) {
            throw new IllegalStateException("The receipt for " + c.trackingNumber() + " could not be laid out", e);
        }
        return out.toByteArray();
    }

    /** The QR symbol of a URL, one bit per module and without the quiet zone, which the layout leaves blank. */
    public static BitMatrix qr(String url) {
        try {
            return new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.CHARACTER_SET, "UTF-8",
                    EncodeHintType.MARGIN, 0));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Too long for a QR code: " + url, e);
        }
    }

    private static PdfPTable details(Content c) {
        PdfPTable table = new PdfPTable(new float[] {2, 3});
        table.setWidthPercentage(100);
        row(table, "Numri i gjurmimit / Tracking number", c.trackingNumber(), KEY_VALUE);
        row(table, "Kodi i aksesit / Access code", c.accessCode(), KEY_VALUE);
        row(table, "Shërbimi / Service", c.serviceNameSq() + "\n" + c.serviceNameEn(), VALUE);
        row(table, "Aplikuesi / Applicant", c.applicantName(), VALUE);
        row(table, "Njësia ose drejtoria / Unit or department",
                c.unit() == null ? "Triazh qendror / Central triage" : c.unit(), VALUE);
        row(table, "Kanali / Channel", CHANNELS.get(c.channel()), VALUE);
        row(table, "Pranuar më / Received at", TIME.format(c.receivedAt()), VALUE);
        row(table, "Afati ligjor / Legal deadline", c.legalDueAt() == null ? NONE : TIME.format(c.legalDueAt()), VALUE);
        row(table, "Afati i shërbimit / Service target", TIME.format(c.targetDueAt()), VALUE);
        row(table, "Tarifa / Fee", c.feeLek() == 0 ? "Pa pagesë / Free of charge" : c.feeLek() + " lekë / lek", VALUE);
        row(table, "Dokumentet e dorëzuara / Documents handed in",
                c.documents().isEmpty() ? NONE : "• " + String.join("\n• ", c.documents()), VALUE);
        return table;
    }

    private static void row(PdfPTable table, String label, String value, Font font) {
        table.addCell(cell(new Phrase(label, LABEL)));
        table.addCell(cell(new Phrase(value, font)));
    }

    private static PdfPCell cell(Phrase phrase) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(Color.LIGHT_GRAY);
        cell.setPaddingTop(5);
        cell.setPaddingBottom(7);
        return cell;
    }

    private static PdfPTable tracking(PdfWriter writer, Content c) throws DocumentException {
        PdfPTable table = new PdfPTable(new float[] {QR_SIZE, 400});
        table.setWidthPercentage(100);
        table.setSpacingBefore(24);
        PdfPCell code = new PdfPCell(qrImage(writer, c.trackingUrl()), false);
        code.setBorder(Rectangle.NO_BORDER);
        code.setPadding(0);
        table.addCell(code);
        Paragraph text = new Paragraph();
        text.add(new Chunk("Ruajeni kodin e aksesit: me të dhe me numrin e gjurmimit ndiqni kërkesën te adresa më poshtë "
                + "ose duke skanuar kodin QR.\n", VALUE));
        text.add(new Chunk("Keep the access code: with it and the tracking number, follow your request at the address "
                + "below or by scanning the QR code.\n\n", VALUE));
        text.add(new Chunk(c.trackingUrl() + "\n\n", VALUE));
        text.add(new Chunk("Orët janë sipas kohës së Tiranës / Times are Tirana time.", SMALL));
        PdfPCell words = new PdfPCell(text);
        words.setBorder(Rectangle.NO_BORDER);
        words.setPaddingLeft(12);
        words.setVerticalAlignment(Element.ALIGN_MIDDLE);
        table.addCell(words);
        return table;
    }

    /** Drawn as vector squares, one unit per module, so that it stays sharp at any print size. */
    private static Image qrImage(PdfWriter writer, String url) throws DocumentException {
        BitMatrix matrix = qr(url);
        int size = matrix.getWidth() + 2 * QUIET_ZONE;
        PdfTemplate template = PdfTemplate.createTemplate(writer, size, size);
        template.setColorFill(Color.BLACK);
        for (int y = 0; y < matrix.getHeight(); y++) {
            int x = 0;
            while (x < matrix.getWidth()) {
                if (!matrix.get(x, y)) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < matrix.getWidth() && matrix.get(x, y)) {
                    x++;
                }
                template.rectangle(QUIET_ZONE + start, size - QUIET_ZONE - y - 1, x - start, 1);
            }
        }
        template.fill();
        Image image = Image.getInstance(template);
        image.scaleAbsolute(QR_SIZE, QR_SIZE);
        return image;
    }

    private static BaseFont loadFont() {
        try (InputStream in = BaseFont.class.getResourceAsStream(FONT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(FONT_RESOURCE + " is missing from OpenPDF");
            }
            return BaseFont.createFont("LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
                    true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException(FONT_RESOURCE + " is not a usable TrueType font", e);
        }
    }
}
