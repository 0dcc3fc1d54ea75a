package org.jixiao.template;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.filing.Column;
import org.jixiao.filing.Kind;

/**
 * A fill-in workbook for departments: one sheet with the contract's flat columns (Chinese headers,
 * frozen, required ones coloured, help on each header), cells pre-formatted for money, dates and
 * text, dropdowns for 一级/二级指标, 项目类别 and 项目性质, and a 填写说明 sheet. A filled copy
 * imports without edits: its header row is a complete flat header and 填写说明 is skipped.
 */
public final class FillInTemplate {

    /** Rows prepared with formats and dropdowns; a department files a few hundred indicators at most. */
    static final int ROWS = 3000;

    private final Kind kind;

    public FillInTemplate(Kind kind) {
        this.kind = kind;
    }

    /** The data sheet's name: 绩效目标 or 绩效自评. */
    public String sheetName() {
        return kind.label();
    }

    /** Writes the template to {@code target}; an existing file is never overwritten (it may be a filled copy). */
    public void write(Path target) throws IOException {
        writeNew(this::build, target);
    }

    /** Writes a workbook under a temporary name beside {@code target}, then renames it; never over an existing file. */
    static void writeNew(java.util.function.Supplier<XSSFWorkbook> build, Path target) throws IOException {
        if (Files.exists(target)) {
            throw new FileAlreadyExistsException(target.toString());
        }
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temp = Files.createTempFile(parent, ".template-", ".xlsx.tmp");
        try (XSSFWorkbook workbook = build.get(); OutputStream out = Files.newOutputStream(temp)) {
            workbook.write(out);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    }

    XSSFWorkbook build() {
        XSSFWorkbook workbook = new XSSFWorkbook();
        XSSFSheet sheet = workbook.createSheet(sheetName());
        List<TemplateColumns.Entry> columns = TemplateColumns.of(kind);
        new TemplateInstructions(workbook).write(kind, columns);
        Map<TemplateColumns.Format, CellStyle> formats = formats(workbook);
        Map<Column, Integer> at = new EnumMap<>(Column.class);
        Row header = sheet.createRow(0);
        header.setHeightInPoints(32);
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        for (int c = 0; c < columns.size(); c++) {
            TemplateColumns.Entry e = columns.get(c);
            at.put(e.column(), c);
            header.createCell(c).setCellValue(e.header());
            header.getCell(c).setCellStyle(headerStyle(workbook, e.required()));
            header.getCell(c).setCellComment(comment(drawing, c, e));
            sheet.setDefaultColumnStyle(c, formats.get(e.format()));
            sheet.setColumnWidth(c, width(e.format()) * 256);
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, 0, 0, columns.size() - 1));
        sheet.getPrintSetup().setLandscape(true);
        new TemplateValidations(sheet, ROWS).add(columns, at);
        workbook.setActiveSheet(0);
        return workbook;
    }

    private static Map<TemplateColumns.Format, CellStyle> formats(XSSFWorkbook workbook) {
        Map<TemplateColumns.Format, CellStyle> styles = new EnumMap<>(TemplateColumns.Format.class);
        for (TemplateColumns.Format f : TemplateColumns.Format.values()) {
            CellStyle s = workbook.createCellStyle();
            s.setDataFormat(workbook.createDataFormat().getFormat(switch (f) {
                case TEXT, LONG_TEXT -> "@";
                case YEAR -> "0";
                case DATE -> "yyyy-mm-dd";
                case MONEY -> "#,##0.00";
                case RATE -> "0.00%";
                case SCORE -> "General";
            }));
            s.setWrapText(f == TemplateColumns.Format.LONG_TEXT);
            s.setVerticalAlignment(VerticalAlignment.TOP);
            styles.put(f, s);
        }
        return styles;
    }

    static CellStyle headerStyle(XSSFWorkbook workbook, boolean required) {
        CellStyle s = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        s.setFont(font);
        s.setFillForegroundColor(required ? IndexedColors.LIGHT_ORANGE.getIndex() : IndexedColors.GREY_25_PERCENT.getIndex());
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        s.setAlignment(HorizontalAlignment.CENTER);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        s.setWrapText(true);
        s.setBorderBottom(BorderStyle.THIN);
        return s;
    }

    private static Comment comment(XSSFDrawing drawing, int column, TemplateColumns.Entry e) {
        ClientAnchor anchor = new XSSFClientAnchor();
        anchor.setCol1(column);
        anchor.setCol2(column + 3);
        anchor.setRow1(0);
        anchor.setRow2(4);
        Comment comment = drawing.createCellComment(anchor);
        String text = (e.required() ? "必填。" : "选填。") + e.help() + (e.example().isEmpty() ? "" : "\n例：" + e.example());
        comment.setString(new XSSFRichTextString(text));
        comment.setAuthor("jixiao");
        return comment;
    }

    private static int width(TemplateColumns.Format f) {
        return switch (f) {
            case LONG_TEXT -> 40;
            case TEXT, MONEY -> 18;
            case DATE -> 13;
            default -> 10;
        };
    }
}
