package org.jixiao.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
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

    private XlsxWorkbook(OPCPackage pkg) throws IOException, OpenXML4JException {
        this.pkg = pkg;
        XSSFReader reader = new XSSFReader(pkg);
        this.strings = SharedStringList.read(reader.getSharedStringsData());
        this.cellText = CellText.read(reader.getStylesData());
        this.sheets = reader.getSheetIterator();
    }

    static XlsxWorkbook open(Path path) throws IOException {
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(path.toFile(), PackageAccess.READ);
        } catch (OLE2NotOfficeXmlFileException e) {
            throw new NotXlsxException("文件是旧版 Excel 97-2003 (.xls) 格式，请在 Excel 中另存为 .xlsx 后再报送", e);
        } catch (NotOfficeXmlFileException | InvalidFormatException | POIXMLException e) {
            throw new NotXlsxException("文件不是有效的 Excel (.xlsx) 工作簿（可能是改了扩展名的文本或损坏的文件）", e);
        }
        try {
            return new XlsxWorkbook(pkg);
        } catch (OpenXML4JException | POIXMLException | IllegalArgumentException e) {
            pkg.revert();
            throw new NotXlsxException("Excel 工作簿结构损坏，无法读取", e);
        } catch (IOException e) {
            pkg.revert();
            throw new NotXlsxException("Excel 工作簿结构损坏，无法读取：" + e.getMessage(), e);
        }
    }

    boolean hasNextSheet() {
        return sheets.hasNext();
    }

    /** The next sheet's name and a cursor over its rows. */
    SheetCursor nextSheet() throws IOException {
        return new SheetCursor(sheets.next(), strings, cellText);
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
