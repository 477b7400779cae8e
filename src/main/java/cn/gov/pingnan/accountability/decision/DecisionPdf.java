package cn.gov.pingnan.accountability.decision;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Renders a {@link DecisionDocument} as an A4 PDF with Apache PDFBox. The Chinese font (Noto Sans SC, SIL OFL,
 * from the jar — never from the machine's fonts) is embedded as a subset, so a decision is a few kilobytes and
 * reads the same on any viewer. Same document → same bytes, apart from the creation timestamp: the subset tag is
 * derived from the glyphs, the document id from the text.
 */
public final class DecisionPdf {

    static final String FONT_RESOURCE = "fonts/NotoSansSC-Regular.ttf";
    static final String CREATOR = "平南县脱贫攻坚工作问责系统";
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private static final float MARGIN = 64f;
    private static final float BODY_SIZE = 11.5f;
    private static final float HEADING_SIZE = 13f;
    private static final float TITLE_SIZE = 22f;
    private static final float LEADING = 1.55f;

    private final byte[] fontBytes;

    private DecisionPdf(byte[] fontBytes) {
        this.fontBytes = fontBytes;
    }

    /** The renderer with the font bundled in the jar; fails at start-up, not at the first decision, without it. */
    public static DecisionPdf withBundledFont() {
        try (InputStream in = DecisionPdf.class.getClassLoader().getResourceAsStream(FONT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Font " + FONT_RESOURCE + " is missing from the classpath");
            }
            return new DecisionPdf(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("Font " + FONT_RESOURCE + " cannot be read", e);
        }
    }

    /** The PDF of {@code document}, created at {@code createdAt} (the only part that differs between runs). */
    public byte[] render(WrittenDocument document, Instant createdAt) {
        try (PDDocument pdf = new PDDocument();
                TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(fontBytes))) {
            PDType0Font font = PDType0Font.load(pdf, ttf, true);
            Layout layout = new Layout(pdf, font);
            layout.centered(document.title(), TITLE_SIZE);
            layout.gap(6);
            layout.right("案件编号：" + document.caseNumber(), BODY_SIZE);
            layout.gap(10);
            StringBuilder text = new StringBuilder(document.title()).append(document.caseNumber());
            for (DecisionDocument.Section section : document.sections()) {
                layout.gap(8);
                layout.paragraph("【" + section.heading() + "】", HEADING_SIZE, 0);
                text.append(section.heading());
                for (String p : section.paragraphs()) {
                    layout.paragraph(p, BODY_SIZE, 2 * BODY_SIZE);
                    text.append(p);
                }
            }
            layout.close();

            PDDocumentInformation info = pdf.getDocumentInformation();
            info.setTitle(document.title() + " " + document.caseNumber());
            info.setCreator(CREATOR);
            info.setProducer(CREATOR);
            Calendar created = GregorianCalendar.from(createdAt.atZone(ZONE));
            created.setTimeZone(TimeZone.getTimeZone(ZONE));
            info.setCreationDate(created);
            // a fixed id from the text: PDFBox would otherwise derive one from the clock
            byte[] id = Arrays.copyOf(sha256(text.toString()), 16);
            COSArray ids = new COSArray();
            ids.add(new COSString(id));
            ids.add(new COSString(id));
            pdf.getDocument().getTrailer().setItem(COSName.ID, ids);

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            // no object streams: the info dictionary (with the creation date) stays readable as plain text
            pdf.save(out, CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Rendering the decision of case " + document.caseNumber() + " failed", e);
        }
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Top-to-bottom text placement with line wrapping and page breaks. */
    private static final class Layout {
        private final PDDocument pdf;
        private final PDType0Font font;
        private final float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
        private PDPageContentStream stream;
        private float y;

        Layout(PDDocument pdf, PDType0Font font) throws IOException {
            this.pdf = pdf;
            this.font = font;
            newPage();
        }

        private void newPage() throws IOException {
            if (stream != null) {
                stream.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            stream = new PDPageContentStream(pdf, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        void gap(float points) {
            y -= points;
        }

        void centered(String line, float size) throws IOException {
            float w = textWidth(line, size);
            show(line, size, MARGIN + (width - w) / 2);
        }

        void right(String line, float size) throws IOException {
            show(line, size, MARGIN + width - textWidth(line, size));
        }

        void paragraph(String text, float size, float indent) throws IOException {
            boolean first = true;
            for (String line : wrap(text, size, indent)) {
                show(line, size, MARGIN + (first ? indent : 0));
                first = false;
            }
        }

        private void show(String line, float size, float x) throws IOException {
            float lineHeight = size * LEADING;
            if (y - lineHeight < MARGIN) {
                newPage();
            }
            y -= lineHeight;
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(x, y);
            stream.showText(line);
            stream.endText();
        }

        /** Breaks between any two characters (Chinese has no spaces), never inside a surrogate pair. */
        private List<String> wrap(String text, float size, float indent) throws IOException {
            List<String> lines = new ArrayList<>();
            for (String hard : text.replace("\r", "").split("\n", -1)) {
                StringBuilder line = new StringBuilder();
                float available = width - (lines.isEmpty() ? indent : 0);
                int i = 0;
                while (i < hard.length()) {
                    int cp = hard.codePointAt(i);
                    String ch = printable(cp);
                    if (line.length() > 0 && textWidth(line + ch, size) > available) {
                        lines.add(line.toString());
                        line.setLength(0);
                        available = width;
                    }
                    line.append(ch);
                    i += Character.charCount(cp);
                }
                lines.add(line.toString());
            }
            return lines;
        }

        /** A character the font lacks (or a control character) prints as □; the case data keeps the original. */
        private String printable(int cp) {
            if (cp == '\t') {
                return " ";
            }
            String ch = new String(Character.toChars(cp));
            if (Character.isISOControl(cp)) {
                return "□";
            }
            try {
                font.encode(ch);
                return ch;
            } catch (IllegalArgumentException | IOException missing) {
                return "□";
            }
        }

        private float textWidth(String s, float size) throws IOException {
            return font.getStringWidth(s) / 1000f * size;
        }

        void close() throws IOException {
            stream.close();
        }
    }
}
