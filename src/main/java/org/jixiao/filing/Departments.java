package org.jixiao.filing;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Department names and their 地区. Filers write the same 主管部门 with half- or full-width brackets,
 * stray spaces and a consolidation marker ({@code 中共上海市嘉定区委组织部（汇总）}); all of these are
 * one department. The canonical name keeps the characters a reader expects (full-width brackets).
 */
public final class Departments {

    /** City-level departments sit in this 地区. */
    public static final String CITY_LEVEL = "市级";

    /**
     * Report order of the 地区: 市级, then Shanghai's districts in the order of their 行政区划代码
     * (310101 黄浦区 … 310151 崇明区), as the city's own documents list them; any other 地区 follows,
     * by name.
     */
    public static final List<String> REGION_ORDER = List.of(CITY_LEVEL, "黄浦区", "徐汇区", "长宁区", "静安区", "普陀区", "虹口区",
            "杨浦区", "闵行区", "宝山区", "嘉定区", "浦东新区", "金山区", "松江区", "青浦区", "奉贤区", "崇明区");

    /** 地区 in report order: {@link #REGION_ORDER}, then the others by name. */
    public static final Comparator<String> REGIONS = Comparator.comparingInt(Departments::regionRank)
            .thenComparing(Comparator.naturalOrder());

    /**
     * 主管部门 within a 地区, in report order: by the pinyin of their names ({@link DepartmentOrder#PINYIN};
     * the filings carry no department code to sort by). Sorted in Java everywhere, never by the store,
     * whose collation varies with the database. A roster's order: {@code roster.Roster#departmentOrder}.
     */
    public static final Comparator<String> NAMES = DepartmentOrder.PINYIN;

    private static final Pattern CITY_DISTRICT = Pattern.compile("市(\\p{IsHan}{1,5}?[区县])");
    private static final Pattern LEADING_DISTRICT = Pattern.compile("^(?:中共)?(\\p{IsHan}{2,4}?[区县])(?!级|域)");
    private static final String CONSOLIDATED = "(汇总)";

    private Departments() {
    }

    /** Comparison key: no whitespace, half-width, without the trailing {@code (汇总)} marker. */
    public static String key(String department) {
        String k = Text.squeeze(department);
        if (k.endsWith(CONSOLIDATED) && k.length() > CONSOLIDATED.length()) {
            k = k.substring(0, k.length() - CONSOLIDATED.length());
        }
        return k;
    }

    /** Name used in reports and file names: the key with full-width brackets. */
    public static String canonical(String department) {
        return key(department).replace('(', '（').replace(')', '）');
    }

    /** A 地区's place in {@link #REGION_ORDER}; every other 地区 comes after them all. */
    public static int regionRank(String region) {
        int i = REGION_ORDER.indexOf(region);
        return i < 0 ? REGION_ORDER.size() : i;
    }

    /**
     * The SQL of {@link #regionRank} on a column, to sort by in the store: {@code CASE column WHEN '市级'
     * THEN 0 … ELSE 17 END}. The names are this class's constants, never filed text.
     */
    public static String regionRankSql(String column) {
        StringBuilder sql = new StringBuilder("CASE ").append(column);
        for (int i = 0; i < REGION_ORDER.size(); i++) {
            sql.append(" WHEN '").append(REGION_ORDER.get(i)).append("' THEN ").append(i);
        }
        return sql.append(" ELSE ").append(REGION_ORDER.size()).append(" END").toString();
    }

    /** {@code …上海市松江区…} → 松江区; a name with no district → 市级. */
    public static String regionOf(String department) {
        String k = key(department);
        Matcher m = CITY_DISTRICT.matcher(k);
        if (m.find()) {
            return m.group(1);
        }
        m = LEADING_DISTRICT.matcher(k);
        if (m.find()) {
            return m.group(1);
        }
        return CITY_LEVEL;
    }
}
