package org.jixiao.ingest;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.filing.Kind;
import org.jixiao.filing.Text;
import org.jixiao.findings.Rule;

/**
 * Reads a sheet laid out as the printed 申报表 or 自评表 (filings.md §2, shape 3) into the same rows
 * a flat table would give. A sheet is one project as a rule; a sheet holding several forms one
 * under another (what printing all projects of a department gives) is split at each 项目名称, so each
 * still becomes its own project.
 */
final class FormSheets {

    private static final String NAME_LABEL = "项目名称";

    /**
     * The rows read from a form, or why the sheet is not one. {@code formLike} says the sheet has a
     * form's header block (a 项目名称 label with its value beside it), so what is missing is about the
     * form and not about the columns of a flat table.
     */
    record Result(List<List<SourceItem>> forms, String missing, boolean formLike) {

        boolean recognised() {
            return forms != null;
        }

        /** The items of every form of the sheet, in order. */
        List<SourceItem> items() {
            return forms.stream().flatMap(List::stream).toList();
        }
    }

    private FormSheets() {
    }

    static Result read(String file, SheetGrid sheet) {
        FormGrid grid = new FormGrid(sheet);
        List<Integer> starts = starts(grid);
        List<List<SourceItem>> items = new ArrayList<>();
        String firstMissing = null;
        boolean any = false;
        for (int k = 0; k < starts.size(); k++) {
            int from = starts.get(k);
            int to = k + 1 < starts.size() ? starts.get(k + 1) : grid.size();
            FormReader.Outcome o = new FormReader(file, grid, from, to).read();
            if (o.items() != null) {
                items.add(o.items());
                any = true;
            } else {
                firstMissing = firstMissing == null ? o.missing() : firstMissing;
                items.add(List.of(new SourceProblem(Rule.FORM_UNREADABLE, grid.sheet(), grid.number(from), "",
                        "工作表「" + grid.sheet() + "」第" + grid.number(from) + "行起的表单未能读取：" + o.missing() + "；该表单未导入",
                        to - from)));
            }
        }
        if (!any) {
            return new Result(null, firstMissing, isFormLike(grid));
        }
        return new Result(items, null, true);
    }

    /** Where each form starts: at the top, and at the title lines above every later 项目名称. */
    private static List<Integer> starts(FormGrid grid) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        int previous = -1;
        for (int i = 0; i < grid.size(); i++) {
            if (grid.find(i, NAME_LABEL) < 0) {
                continue;
            }
            if (previous >= 0) {
                int s = i;
                while (s - 1 > previous && isTitleLine(grid, s - 1)) {
                    s--;
                }
                starts.add(s);
            }
            previous = i;
        }
        return starts;
    }

    /** A title or year line: one text naming the form, or {@code (2025年度)}. */
    private static boolean isTitleLine(FormGrid grid, int i) {
        String lone = grid.lone(i);
        if (lone == null) {
            return false;
        }
        String s = Text.squeeze(lone);
        return s.contains("申报表") || s.contains("自评表") || s.contains("汇总表") || s.contains("年度") && Values.year(s) != null;
    }

    /** The first row in {@code [from, to)} with a 项目名称 label, or -1. */
    static int nameLabelRow(FormGrid grid, int from, int to) {
        for (int i = from; i < to; i++) {
            if (grid.find(i, NAME_LABEL) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether the sheet is laid out as a form, even one that cannot be read: two labels of a form's
     * header block with their values beside them (主管部门, 实施单位 … — so a damaged 项目名称 label
     * does not hide it), or one and an indicator table, or a form's title with either. A flat table's
     * header has another header beside each name, never a value, so it is none of these.
     */
    private static boolean isFormLike(FormGrid grid) {
        int labels = 0;
        boolean title = false;
        for (int i = 0; i < grid.size(); i++) {
            for (int c = 0; c < grid.width(i); c++) {
                String t = grid.text(i, c);
                if (t == null) {
                    continue;
                }
                String s = Text.squeeze(t);
                title |= s.length() <= 40 && (s.contains("申报表") || s.contains("自评表"));
                String n = FormLabels.normalise(t);
                if ((FormLabels.projectColumn(n, Kind.TARGETS) != null || FormLabels.projectColumn(n, Kind.SELF_EVALUATION) != null)
                        && valueBeside(grid, i, c)) {
                    labels++;
                }
            }
        }
        boolean table = IndicatorTable.find(grid, 0, grid.size()) != null;
        return labels >= 2 || labels >= 1 && (table || title) || title && table;
    }

    /** Whether the next text right of a label is a value, not another label. */
    private static boolean valueBeside(FormGrid grid, int i, int c) {
        for (int k = grid.span(i, c)[1] + 1; k < grid.width(i); k++) {
            String t = grid.text(i, k);
            if (t != null) {
                return !FormLabels.isLabel(t);
            }
        }
        return false;
    }
}
