package org.jixiao.render;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JREmptyDataSource;

/** The pages jixiao writes itself around the forms: a book's cover and contents, a disclosure edition's opening. */
final class FrontMatter {

    static final String COVER = "book-cover";
    static final String CONTENTS = "book-contents";
    static final String DISCLOSURE = "disclosure";

    private FrontMatter() {
    }

    /** What the cover of a book says. */
    record Cover(String title, String region, String regions, String scope, LocalDate runDate, boolean draft) {
    }

    static Map<String, Object> cover(Cover c) {
        Map<String, Object> p = new HashMap<>();
        p.put("TITLE", c.title());
        p.put("REGION", c.region());
        p.put("REGIONS", c.regions());
        p.put("SCOPE", c.scope());
        p.put("DATE", chineseDate(c.runDate()));
        p.put("DRAFT", c.draft());
        return p;
    }

    static String chineseDate(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    /** One row per line of the contents; {@code pages} false fills the numbers with blanks (the first, measuring fill). */
    static JRDataSource contents(List<Bookmark.Line> lines, boolean pages) {
        List<ContentsLine> rows = new java.util.ArrayList<>(lines.size());
        int block = 0;
        int part = 0;
        int previous = 0;
        for (Bookmark.Line line : lines) {
            // a heading and the heading right under it (a 地区 and its first department) stay one block
            boolean under = line.level() > previous;
            block += line.level() <= 2 && !(under && previous >= 1 && previous <= 2 && rows.size() > 0) ? 1 : 0;
            part += line.level() <= 3 && !(under && rows.size() > 0) ? 1 : 0;
            rows.add(new ContentsLine(line, block, part));
            previous = line.level();
        }
        return new Rows<>(rows, (row, field) -> switch (field) {
            case "level" -> row.line().level();
            case "title" -> row.line().entry().title();
            case "page" -> pages ? Integer.toString(row.line().entry().page()) : "";
            case "block" -> row.block();
            case "part" -> row.part();
            default -> throw Rows.unknown(field);
        });
    }

    /** A line of the contents and the runs of lines it must not be parted from at a page end. */
    private record ContentsLine(Bookmark.Line line, int block, int part) {
    }

    static Map<String, Object> disclosure(String department, int year, String paragraph) {
        return Map.of("DEPARTMENT", department, "HEADING", year + "年财政支出项目绩效目标申报表", "PARAGRAPH", paragraph);
    }

    static JRDataSource none() {
        return new JREmptyDataSource(0);
    }
}
