package org.jixiao.findings;

import java.io.IOException;
import java.nio.file.Path;
import org.jixiao.ingest.RawXlsx;

/** Tiny workbooks for the rule tests: a flat 申报表 sheet and a printed 申报表 form, as the filers send them. */
final class Workbooks {

    static final String[] FLAT_HEADER = Filed.TARGETS_HEADER.split(",");
    static final String[] FLAT_ROW = Filed.TARGETS_ROW.split(",");

    static final String[] TITLE = {"财政项目支出绩效目标申报表"};
    static final String[] YEAR = {"（2025 年度）"};
    static final String[] TABLE_HEADER = {"", "一级指标", "二级指标", "三级指标", "年度(/项目)指标值"};

    private Workbooks() {
    }

    /** A printed 申报表 of {@code name} with one indicator. */
    static String[][] form(String name) {
        return new String[][] {TITLE, YEAR, {"项目名称", name}, {"主管部门", "中共上海市松江区委组织部"}, {"年度资金申请总额", "100"},
            TABLE_HEADER, {"", "产出指标", "数量指标", "开展活动数量", "≥2.00(次)"}};
    }

    /** A flat 申报表 sheet of one project. */
    static String[][] flat() {
        return new String[][] {FLAT_HEADER, FLAT_ROW};
    }

    static Path write(Path dir, RawXlsx workbook) throws IOException {
        return workbook.write(dir.resolve("a.xlsx"));
    }
}
