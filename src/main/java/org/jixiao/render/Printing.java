package org.jixiao.render;

/**
 * How tonight's PDFs are finished. {@code draft}: 征求意见稿 across every page of every PDF, for
 * circulation before the final run. {@code duplex}: the books are laid out for double-sided printing,
 * each section starting on a right-hand (odd) page.
 */
public record Printing(boolean draft, boolean duplex) {

    /** The final run, printed on one side. */
    public static final Printing FINAL = new Printing(false, false);
}
