package org.jixiao.findings;

/**
 * F07 行的单元格多于表头 (错误): a CSV row with more cells than its header, or text right of the header's
 * last column, cannot be read column by column — an amount such as 2,030,000.00 without quotes splits
 * and moves every cell after it, and reading the row would put wrong money in the sums. That row is
 * rejected on its own.
 */
public final class F07RowTooWide {

    private static final Rule RULE = Rule.ROW_TOO_WIDE;

    private F07RowTooWide() {
    }

    /** A filing's row {@code row} of {@code cells} cells under a header of {@code width}; {@code column} is where it runs past. */
    public static FileFinding filing(int row, String column, int cells, int width) {
        return new FileFinding(RULE, "", row, column, "第" + row + "行有" + cells + "个单元格，多于表头的" + width
                + "个，无法确定各值所属的列，该行未导入；常见原因是含逗号的内容（如金额 2,030,000.00）未加英文双引号，被拆成了几个单元格。"
                + "请在 Excel 中另存为 CSV，或给这些内容加上双引号后重新报送");
    }

    /** A plain table's row. */
    public static FileFinding table(String sheet, int row, int cells, int width) {
        return new FileFinding(RULE, sheet, row, "", "第" + row + "行有" + cells + "个单元格，多于表头的" + width
                + "个，无法确定各值所属的列，该行未读取；常见原因是含逗号的内容未加英文双引号");
    }
}
