package org.jixiao.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xssf.eventusermodel.XSSFReader;

/**
 * An .xlsx opened read-only for streaming: sheets are handed out one at a time as
 * {@link SheetCursor}s; no sheet is ever loaded whole.
 */
final class XlsxWorkbook implements AutoCloseable {

    static {
        // Zip-bomb guards, set deliberately: a filing's XML may compress well (repeated goals), but
        // not a hundredfold, and no single part of a filing needs more than 256 MiB.
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(256L * 1024 * 1024);
        ZipSecureFile.setMaxTextSize(10L * 1024 * 1024);
    }

    /** Thrown with a message for the filer when the file is not a readable .xlsx. */
    static final class NotXlsxException extends IOException {
        NotXlsxException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final OPCPackage pkg;
    private final XSSFReader.SheetIterator sheets;
    private final List<String> strings;
    private final CellText cellText;
    /** Each sheet's visibility as workbook.xml states it (visible, hidden, veryHidden), by name. */
    private final java.util.Map<String, String> states;

    private XlsxWorkbook(OPCPackage pkg) throws IOException, OpenXML4JException {
        this.pkg = pkg;
        XSSFReader reader = new XSSFReader(pkg);
        this.strings = SharedStringList.read(part(reader::getSharedStringsData, "共享文字部分（「xl/sharedStrings.xml」），单元格的文字无法读取"));
        this.cellText = CellText.read(part(reader::getStylesData, "样式部分（「xl/styles.xml」），无法判断单元格是日期、百分比还是数字"));
        this.states = SheetStates.read(reader.getWorkbookData());
        this.sheets = reader.getSheetIterator();
    }

    static XlsxWorkbook open(Path path) throws IOException {
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(path.toFile(), PackageAccess.READ);
        } catch (OLE2NotOfficeXmlFileException e) {
            throw new NotXlsxException("文件是旧版 Excel 97-2003 (.xls) 格式，请在 Excel 中另存为 .xlsx 后再报送", e);
        } catch (InvalidFormatException | RuntimeException e) {
            throw new NotXlsxException("文件不是有效的 Excel (.xlsx) 工作簿（可能是改了扩展名的文本或损坏的文件）", e);
        }
        try {
            return new XlsxWorkbook(pkg);
        } catch (OpenXML4JException | RuntimeException e) {
            pkg.revert();
            throw new NotXlsxException("Excel 工作簿结构损坏，无法读取", e);
        } catch (IOException e) {
            pkg.revert();
            throw new NotXlsxException(damaged(e), e);
        }
    }

    /** Opens a part; a part the workbook names but does not hold is damage the filer is told of, not a parser's words. */
    private static java.io.InputStream part(PartOpener open, String what) throws NotXlsxException {
        try {
            return open.open();
        } catch (IOException | OpenXML4JException | RuntimeException e) {
            throw new NotXlsxException("工作簿缺少或损坏了" + what + "，整个文件未导入；请在 Excel 中打开后另存再报送", e);
        }
    }

    @FunctionalInterface
    private interface PartOpener {
        java.io.InputStream open() throws IOException, OpenXML4JException;
    }

    /** What a damaged part means for the filer: our own messages say it; a parser's words do not reach them. */
    private static String damaged(IOException e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        if (m.contains("Zip bomb")) {
            return "Excel 工作簿中有一部分解压后异常巨大（疑似压缩炸弹），未读取";
        }
        return !m.isEmpty() && Character.UnicodeScript.of(m.codePointAt(0)) == Character.UnicodeScript.HAN
                ? m : "Excel 工作簿结构损坏，无法读取";
    }

    boolean hasNextSheet() {
        return sheets.hasNext();
    }

    /**
     * A cursor over the next sheet's rows; its name is then {@link #sheetName()}. Throws with a message
     * for the filer when the sheet's part is missing or damaged (the next sheet can still be read).
     */
    SheetCursor nextSheet(ControlCharacters controls) throws IOException {
        java.io.InputStream in;
        try {
            in = sheets.next();
        } catch (RuntimeException e) {
            throw new IOException("工作表「" + org.jixiao.filing.Text.shown(sheetName()) + "」的内容在工作簿中缺失或损坏，无法读取", e);
        }
        return new SheetCursor(in, strings, cellText, controls);
    }

    /** Whether the sheet most recently returned is hidden (in Excel: 隐藏, or made invisible by a macro). */
    boolean sheetHidden() {
        String state = states.get(sheetName());
        return "hidden".equals(state) || "veryHidden".equals(state);
    }

    /** Name of the sheet most recently returned by {@link #nextSheet()}. */
    String sheetName() {
        return sheets.getSheetName();
    }

    @Override
    public void close() {
        pkg.revert();
    }
}
