package org.jixiao.batch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.render.BookContent;
import org.jixiao.summary.Department;

/**
 * What goes into a year's summary book, from its sums and the parts the render step kept: the whole
 * input, or one 地区 — its 报送情况表 (as the books bind it: without history), its 汇总表, its departments. The 地区 and departments come in report order (市级, the districts in official order, then
 * the departments in the night's order: its roster's when it has one, else by name, as the store lists
 * them), whichever kinds of filing they made.
 */
final class BookPlan {

    private BookPlan() {
    }

    /** The 地区 of a year, in report order. */
    static List<String> regions(YearPlan y) {
        List<String> regions = new ArrayList<>();
        for (Department d : departments(y)) {
            if (!regions.contains(d.region())) {
                regions.add(d.region());
            }
        }
        return regions;
    }

    /** The book of {@code region}, or of the whole year when it is null. */
    static BookContent of(YearPlan y, String region, PartFolder parts) {
        List<String> regions = region == null ? regions(y) : List.of(region);
        // who filed and who did not, before the sums (issue 17): the 年度's table in its book, the 地区's in the 地区's
        List<BookContent.Chapter> status = List.of(chapter(Editing.STATUS, parts.status(y.year(), region)));
        List<BookContent.Chapter> front = new ArrayList<>();
        if (regions.size() > 1) {
            front.add(chapter("全部地区汇总表", parts.overall(y.year())));
        }
        for (String r : regions) {
            front.add(chapter(r + "汇总表", parts.region(y.year(), r)));
        }
        Map<String, List<BookContent.Unit>> byRegion = new LinkedHashMap<>();
        int targets = 0;
        int selfs = 0;
        int count = 0;
        for (Department d : departments(y)) {
            if (!regions.contains(d.region())) {
                continue;
            }
            count++;
            List<BookContent.Chapter> chapters = new ArrayList<>();
            chapters.add(chapter("汇总表", parts.department(d, DepartmentRenderer.SUMMARY_PDF)));
            if (y.targets().containsKey(d)) {
                chapters.add(chapter("绩效目标申报表", parts.department(d, DepartmentRenderer.TARGETS_PDF)));
                targets += y.targets().get(d);
            }
            if (y.selfs().containsKey(d)) {
                chapters.add(chapter("绩效自评表", parts.department(d, DepartmentRenderer.SELF_PDF)));
                selfs += y.selfs().get(d);
            }
            byRegion.computeIfAbsent(d.region(), r -> new ArrayList<>()).add(new BookContent.Unit(d.name(), chapters));
        }
        List<BookContent.Region> body = new ArrayList<>();
        byRegion.forEach((r, units) -> body.add(new BookContent.Region(r, units)));
        return new BookContent(cover(y, region, regions, count, targets, selfs), status, front, body);
    }

    private static BookContent.Cover cover(YearPlan y, String region, List<String> regions, int departments, int targets,
            int selfs) {
        String what = targets > 0 && selfs > 0 ? "目标及自评" : targets > 0 ? "目标" : "自评";
        String title = y.year() + "年度项目支出绩效" + what + "汇编";
        boolean several = region == null && regions.size() > 1;
        StringBuilder scope = new StringBuilder("主管部门 " + departments + " 个");
        if (targets > 0) {
            scope.append("　绩效目标申报项目 ").append(targets).append(" 个");
        }
        if (selfs > 0) {
            scope.append("　绩效自评项目 ").append(selfs).append(" 个");
        }
        return new BookContent.Cover(title, several ? "全部地区" : regions.get(0), several ? list(regions, COVER_LINE) : null,
                scope.toString());
    }

    /** Characters of the cover's list of 地区 a line holds (371 pt at 11 pt, with room to spare). */
    static final int COVER_LINE = 30;

    /**
     * Names joined with 、, lines broken between names only, each line at most {@code perLine}
     * characters (a name longer than that has a line of its own): a 地区 is never split across lines.
     */
    static String list(List<String> names, int perLine) {
        StringBuilder all = new StringBuilder();
        int line = 0;
        for (int i = 0; i < names.size(); i++) {
            String item = names.get(i) + (i + 1 < names.size() ? "、" : "");
            if (line > 0 && line + item.length() > perLine) {
                all.append('\n');
                line = 0;
            }
            all.append(item);
            line += item.length();
        }
        return all.toString();
    }

    static List<Department> departments(YearPlan y) {
        return y.departments();
    }

    private static BookContent.Chapter chapter(String title, Path pdf) {
        if (!Files.isRegularFile(pdf)) {
            throw new IllegalStateException("汇编所需的报表不存在（生成步骤未完成？）：" + pdf);
        }
        return new BookContent.Chapter(title, pdf);
    }
}
