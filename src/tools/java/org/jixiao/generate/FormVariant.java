package org.jixiao.generate;

/**
 * How a written form deviates from the official layout: what departments' hand-made copies of the
 * 申报表/自评表 actually look like. The reader tests vary every field; the generator mixes a few.
 *
 * @param shift columns added on the left (a form pasted one or two columns to the right)
 * @param blankRows an empty row between the blocks
 * @param noteRows a note row between the blocks
 * @param labels how the labels are typed
 * @param pageBreakAfter indicator rows before the table is split by a repeated header (0: never)
 * @param mergedLevels 一级/二级 merged over their rows; otherwise written once with blanks below
 * @param money how amounts are stored
 */
public record FormVariant(int shift, boolean blankRows, boolean noteRows, Labels labels, int pageBreakAfter, boolean mergedLevels,
        Money money) {

    /** Label typing: as printed (full-width brackets and colons), half-width, or with stray spaces and line breaks. */
    public enum Labels { PRINTED, HALF_WIDTH, SPACED }

    /** Amounts as Excel numbers, as text with thousands separators, or as formulas with cached values. */
    public enum Money { NUMBER, TEXT, FORMULA }

    public static FormVariant official() {
        return new FormVariant(0, false, false, Labels.PRINTED, 0, true, Money.NUMBER);
    }

    public FormVariant shifted(int columns) {
        return new FormVariant(columns, blankRows, noteRows, labels, pageBreakAfter, mergedLevels, money);
    }

    public FormVariant withGaps() {
        return new FormVariant(shift, true, true, labels, pageBreakAfter, mergedLevels, money);
    }

    public FormVariant typed(Labels how) {
        return new FormVariant(shift, blankRows, noteRows, how, pageBreakAfter, mergedLevels, money);
    }

    public FormVariant pageBreakAfter(int rows) {
        return new FormVariant(shift, blankRows, noteRows, labels, rows, mergedLevels, money);
    }

    public FormVariant unmergedLevels() {
        return new FormVariant(shift, blankRows, noteRows, labels, pageBreakAfter, false, money);
    }

    public FormVariant money(Money how) {
        return new FormVariant(shift, blankRows, noteRows, labels, pageBreakAfter, mergedLevels, how);
    }

    /** A label as this variant types it; {@code printed} is how the official form prints it. */
    String label(String printed) {
        return switch (labels) {
            case PRINTED -> printed;
            case HALF_WIDTH -> printed.replace('（', '(').replace('）', ')').replace('：', ':');
            case SPACED -> spaced(printed);
        };
    }

    /** {@code 项目名称} → {@code 项目 名称 ：}, {@code 计划开始日期} → {@code 计划开始\n日期}. */
    private static String spaced(String printed) {
        if (printed.length() < 4) {
            return " " + printed + "　";
        }
        int mid = printed.length() / 2;
        String sep = printed.length() % 2 == 0 ? " " : "\n";
        return printed.substring(0, mid) + sep + printed.substring(mid) + (printed.endsWith("）") ? "" : " ：");
    }
}
