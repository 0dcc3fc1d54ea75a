package org.jixiao.bench;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

/** Table cells and titles for the OpenPDF pages: bordered, padded, spanning as the printed forms do. */
final class PdfCells {

    private PdfCells() {
    }

    static PdfPTable table(float... widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSplitLate(false);
        return table;
    }

    static void add(PdfPTable table, String text, Font font) {
        add(table, text, font, 1, 1);
    }

    static void add(PdfPTable table, String text, Font font, int colspan, int rowspan) {
        PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, font));
        cell.setColspan(colspan);
        cell.setRowspan(rowspan);
        cell.setPadding(3);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        table.addCell(cell);
    }

    /**
     * One row's part of a cell merged down several rows, drawn without a rowspan: the text in the
     * first part, side borders throughout, top and bottom borders at the ends. It prints as the
     * merged cell does, and OpenPDF lays out rowspans with a pass over the whole table per row.
     */
    static void part(PdfPTable table, String text, Font font, boolean first, boolean last) {
        PdfPCell cell = new PdfPCell(new Phrase(first && text != null ? text : "", font));
        cell.setPadding(3);
        cell.setVerticalAlignment(Element.ALIGN_TOP);
        cell.setBorder(Rectangle.LEFT | Rectangle.RIGHT | (first ? Rectangle.TOP : 0) | (last ? Rectangle.BOTTOM : 0));
        table.addCell(cell);
    }

    /** A number, right-aligned as the forms print amounts. */
    static void number(PdfPTable table, String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, font));
        cell.setPadding(3);
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        table.addCell(cell);
    }

    static Paragraph title(String text, Font font) {
        Paragraph p = new Paragraph(text, font);
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingAfter(4);
        return p;
    }
}
