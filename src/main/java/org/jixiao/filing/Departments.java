package org.jixiao.filing;

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
