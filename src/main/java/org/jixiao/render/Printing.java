package org.jixiao.render;

/**
 * How tonight's PDFs are finished. {@code draft}: 征求意见稿 across every page of every PDF, for
 * circulation before the final run. {@code duplex}: the books are laid out for double-sided printing,
 * each section starting on a right-hand (odd) page. {@code archive}: each book and disclosure edition
 * is also written as an archive edition (归档版), PDF/A-1b.
 */
public record Printing(boolean draft, boolean duplex, boolean archive) {

    /** The final run, printed on one side, no archive editions. */
    public static final Printing FINAL = new Printing(false, false, false);

    public Printing(boolean draft, boolean duplex) {
        this(draft, duplex, false);
    }
}
