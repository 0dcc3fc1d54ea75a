package org.jixiao.findings;

import java.util.List;

/**
 * F12 单元格含控制字符 (问题): characters nobody can see or type and no output can carry (NUL, zero-width
 * and direction characters) are taken out of the cells by the readers, and one 问题 per file or sheet
 * says where, so the filer can clean the source.
 */
public final class F12ControlCharacters {

    private static final int ROWS_NAMED = 10;

    private F12ControlCharacters() {
    }

    /**
     * The 问题 for a file or sheet ({@code ""} in a CSV) where characters were taken out of {@code cells}
     * cells on {@code rows} (in order, each once); null when none were.
     */
    public static FileFinding stripped(String sheet, List<Integer> rows, int cells) {
        if (cells == 0) {
            return null;
        }
        StringBuilder named = new StringBuilder();
        for (int k = 0; k < Math.min(rows.size(), ROWS_NAMED); k++) {
            named.append(k > 0 ? "、" : "").append(rows.get(k));
        }
        String more = rows.size() > ROWS_NAMED ? "等" + rows.size() + "行" : "行";
        return new FileFinding(Rule.CONTROL_CHARACTERS, sheet, rows.get(0), "", FileFinding.sheetOf(sheet) + "第" + named + more + "的"
                + cells + "个单元格含有看不见的控制字符（如 NUL、零宽字符、方向控制符），已删除这些字符后读取；请清理源文件");
    }
}
