package org.duban.planreader.layout;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.duban.planreader.PlanReadException;
import org.duban.planreader.text.Text;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Turns the bytes of an uploaded notice into lines and tables. The format is told by the bytes, never by the file
 * name: a ZIP holding word/document.xml is DOCX and one holding xl/workbook.xml is XLSX, an OLE2 file holding a
 * WordDocument is an old .doc and one holding a Workbook an old .xls, "%PDF" is PDF, markup is HTML, anything else
 * must be text (UTF-8, UTF-16 with a BOM, or GB18030, which covers GBK and GB2312). Every refusal is a
 * {@link PlanReadException} with a message for the user.
 */
public final class DocumentReader {

    private static final Charset GB18030 = Charset.forName("GB18030");
    /** A DOCX may inflate to this much in all; a plan notice is a few hundred KB of XML. */
    private static final long MAX_INFLATED_BYTES = 64L * 1024 * 1024;
    private static final int MAX_ZIP_ENTRIES = 2_000;

    private final long maxBytes;

    public DocumentReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** Reads at most {@code maxBytes} from the stream; one byte more is a refusal. */
    public byte[] readAll(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (bytes.length > maxBytes) {
            throw tooLarge();
        }
        return bytes;
    }

    public List<Block> blocks(byte[] bytes) {
        return withPlainCharacters(laidOut(bytes));
    }

    private List<Block> laidOut(byte[] bytes) {
        checkSize(bytes);
        try {
            if (isText(bytes)) {
                String text = textOf(bytes);
                return looksLikeHtml(text) ? HtmlLayout.blocks(text) : TextLayout.blocks(text);
            }
            if (startsWith(bytes, 'P', 'K', 3, 4)) {
                Archive archive = checkZip(bytes);
                return archive.documentXml() == null ? SheetLayout.blocks(bytes) : DocxLayout.blocks(archive.documentXml(),
                        WordNumbering.of(archive.numberingXml(), archive.stylesXml()));
            }
            if (startsWith(bytes, '%', 'P', 'D', 'F')) {
                return PdfLayout.blocks(bytes);
            }
            if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
                return switch (oldOffice(bytes)) {
                    case WORD -> LegacyWordLayout.blocks(bytes);
                    case SHEET -> SheetLayout.blocks(bytes);
                };
            }
            // RTF: the one format told by its first bytes (see isText) that none of the above reads
            throw new PlanReadException(PlanReadException.Reason.UNSUPPORTED_FORMAT,
                    "暂不支持 RTF 文件，请另存为 .docx 或直接粘贴文字。 RTF is not supported: save as .docx or paste the text.");
        } catch (PlanReadException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new PlanReadException(PlanReadException.Reason.CORRUPT,
                    "文件已损坏或格式无法识别，无法读取。 The file is damaged or of a format that cannot be read.", e);
        }
    }

    /**
     * Whether the file is text (a .txt, a saved page): none of the formats told by their first bytes. Such a file is
     * read as pasted text is, through {@link #text}.
     */
    public static boolean isText(byte[] bytes) {
        return !startsWith(bytes, 'P', 'K', 3, 4) && !startsWith(bytes, '%', 'P', 'D', 'F')
                && !startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0) && !startsWith(bytes, '{', '\\', 'r', 't', 'f');
    }

    /** The text of a text file (see {@link #isText}), its characters plain; refused when too large, empty or blank. */
    public String text(byte[] bytes) {
        checkSize(bytes);
        return textOf(bytes);
    }

    /** A file larger than allowed, or empty, is refused before anything is read of it. */
    private void checkSize(byte[] bytes) {
        if (bytes.length > maxBytes) {
            throw tooLarge();
        }
        if (bytes.length == 0) {
            throw new PlanReadException(PlanReadException.Reason.EMPTY, "文件是空的，没有可读取的内容。 The file is empty.");
        }
    }

    private static String textOf(byte[] bytes) {
        String text = Text.plainCharacters(decode(bytes));
        if (text.isBlank()) {
            throw new PlanReadException(PlanReadException.Reason.EMPTY, "文件中没有文字内容。 The file holds no text.");
        }
        return text;
    }

    /** Text of a pasted notice: the same checks as a file, without the format sniffing. */
    public static List<Block> blocksOfText(String text) {
        if (text == null || text.isBlank()) {
            throw new PlanReadException(PlanReadException.Reason.EMPTY, "没有输入任何文字。 No text was given.");
        }
        String plain = Text.plainCharacters(text);
        return looksLikeHtml(plain) ? withPlainCharacters(HtmlLayout.blocks(plain)) : TextLayout.blocks(plain);
    }

    /** The blocks with their spaces and digits plain (see {@link Text#plainCharacters}): a page's {@code &nbsp;}. */
    private static List<Block> withPlainCharacters(List<Block> blocks) {
        return blocks.stream().map(DocumentReader::withPlainCharacters).toList();
    }

    private static Block withPlainCharacters(Block block) {
        if (block instanceof Block.Line line) {
            return new Block.Line(Text.plainCharacters(line.text()));
        }
        return new Block.Table(((Block.Table) block).rows().stream()
                .map(row -> row.stream().map(Text::plainCharacters).toList()).toList());
    }

    private PlanReadException tooLarge() {
        return new PlanReadException(PlanReadException.Reason.TOO_LARGE,
                "文件过大（上限 " + (maxBytes / 1024 / 1024) + " MB）。一份计划通知通常不足 1 MB，请检查是否选错了文件。"
                        + " The file is too large (limit " + (maxBytes / 1024 / 1024) + " MB).");
    }

    private static boolean startsWith(byte[] bytes, int... magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((bytes[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private enum Office { WORD, SHEET }

    private static final String WORD_MAIN_PART = "word/document.xml";
    private static final String WORD_NUMBERING_PART = "word/numbering.xml";
    private static final String WORD_STYLES_PART = "word/styles.xml";

    /** An old Office file (OLE2) by what it holds: a Word document or a workbook; anything else is refused. */
    private static Office oldOffice(byte[] bytes) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptedPackage") || root.hasEntry("EncryptionInfo")) {
                throw encrypted();
            }
            if (root.hasEntry("WordDocument")) {
                return Office.WORD;
            }
            if (root.hasEntry("Workbook") || root.hasEntry("Book")) {
                return Office.SHEET;
            }
        }
        throw new PlanReadException(PlanReadException.Reason.UNSUPPORTED_FORMAT,
                "这个 Office 文件既不是 Word 文档也不是 Excel 表格（可能是 PowerPoint 等），请上传通知正文。"
                        + " This Office file is neither a Word document nor a workbook.");
    }

    private static PlanReadException encrypted() {
        return new PlanReadException(PlanReadException.Reason.UNSUPPORTED_FORMAT,
                "文件设置了打开密码，无法读取；请去掉密码后再上传，或直接粘贴文字。"
                        + " The file is password-protected: remove the password or paste the text.");
    }

    /**
     * A checked archive: a workbook, or a Word document with its main part, its lists and its styles as inflated while
     * checking (the last two null where the document has none).
     */
    private record Archive(byte[] documentXml, byte[] numberingXml, byte[] stylesXml) {
    }

    /**
     * Inflates every entry with a running count before POI sees the archive, so a zip bomb is refused after
     * {@link #MAX_INFLATED_BYTES} instead of filling memory; and an archive that is not a Word document is named. A
     * Word document's {@code word/document.xml}, its lists and its styles are kept as they go past, so that they are not
     * inflated again.
     */
    private static Archive checkZip(byte[] bytes) throws IOException {
        ByteArrayOutputStream word = null;
        ByteArrayOutputStream lists = null;
        ByteArrayOutputStream styles = null;
        boolean sheet = false;
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > MAX_ZIP_ENTRIES) {
                    throw zipBomb();
                }
                ByteArrayOutputStream keep = null;
                if (entry.getName().equals(WORD_MAIN_PART)) {
                    word = new ByteArrayOutputStream();
                    keep = word;
                } else if (entry.getName().equals(WORD_NUMBERING_PART)) {
                    lists = new ByteArrayOutputStream();
                    keep = lists;
                } else if (entry.getName().equals(WORD_STYLES_PART)) {
                    styles = new ByteArrayOutputStream();
                    keep = styles;
                }
                if (entry.getName().equals("xl/workbook.xml")) {
                    sheet = true;
                }
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    total += n;
                    if (total > MAX_INFLATED_BYTES) {
                        throw zipBomb();
                    }
                    if (keep != null) {
                        keep.write(buffer, 0, n);
                    }
                }
            }
        } catch (ZipException e) {
            throw new PlanReadException(PlanReadException.Reason.CORRUPT,
                    "压缩文件已损坏，无法读取。 The archive is damaged.", e);
        }
        if (word == null && !sheet) {
            throw new PlanReadException(PlanReadException.Reason.UNSUPPORTED_FORMAT,
                    "这个压缩文件不是 Word 文档或 Excel 表格。请上传 .docx、.doc、.xlsx、.xls、.html、.txt 或 .pdf 文件。"
                            + " This archive is not a Word document or a workbook.");
        }
        return new Archive(word == null ? null : word.toByteArray(), lists == null ? null : lists.toByteArray(),
                styles == null ? null : styles.toByteArray());
    }

    private static PlanReadException zipBomb() {
        return new PlanReadException(PlanReadException.Reason.ZIP_BOMB,
                "文件解压后体积异常巨大（疑似“压缩炸弹”），已拒绝读取。 The document inflates to an abnormal size"
                        + " (a zip bomb) and was refused.");
    }

    static String decode(byte[] bytes) {
        String text;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        } else {
            text = strictUtf8(bytes);
            if (text == null) {
                text = new String(bytes, GB18030);
            }
        }
        if (!isText(text)) {
            throw new PlanReadException(PlanReadException.Reason.NOT_TEXT,
                    "文件不是文本、网页、Word 或 PDF 文档（可能是图片或其他二进制文件）。"
                            + " The file is not text, HTML, Word or PDF (an image or other binary file?).");
        }
        return text;
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Binary files decode to NULs, control characters and replacement characters. */
    private static boolean isText(String text) {
        int bad = 0;
        int n = Math.min(text.length(), 64 * 1024);
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return false;
            }
            if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') || c == '\uFFFD'
                    || (c >= 0xE000 && c <= 0xF8FF)) {
                bad++;
            }
        }
        return bad <= n / 50;
    }

    static boolean looksLikeHtml(String text) {
        String head = text.stripLeading();
        head = head.substring(0, Math.min(head.length(), 4096)).toLowerCase(Locale.ROOT);
        return head.startsWith("<") && (head.contains("<html") || head.contains("<body") || head.contains("<table")
                || head.contains("<p") || head.contains("<div") || head.contains("<!doctype"))
                || head.contains("<table") && head.contains("<tr");
    }
}
