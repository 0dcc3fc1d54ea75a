package org.jixiao.filing;

import com.ibm.icu.text.CollationKey;
import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The order of the departments within a 地区, as a reader of a Chinese list expects it: by the pinyin of
 * their names. ICU's collation for Chinese is pinyin for every hanzi; the JDK's zh_CN collator follows
 * GB2312 and sorts its less common hanzi (泗泾, 泖港, 佘山, 莘庄, 颛桥: town names in every district) by
 * radical after all the others. Names that collate equal are ordered by code point, so the order is
 * total and the same on every machine.
 *
 * <p>A roster (a list of the departments in the order a bureau publishes them) can give the order
 * instead: {@link #roster}.
 */
public final class DepartmentOrder {

    private DepartmentOrder() {
    }

    private static final Collator COLLATOR = Collator.getInstance(ULocale.forLanguageTag("zh-Hans-CN")).freeze();
    /** A night sorts its departments' names over and over; their collation keys are worked out once. */
    private static final Map<String, CollationKey> KEYS = new ConcurrentHashMap<>();

    private static Comparator<String> pinyin() {
        return Comparator.<String, CollationKey>comparing(n -> KEYS.computeIfAbsent(n, k -> COLLATOR.getCollationKey(Departments.key(k))))
                .thenComparing(Comparator.naturalOrder());
    }

    /** By pinyin, then by code point. */
    public static final Comparator<String> PINYIN = pinyin();

    /**
     * The departments of {@code names} first, in that order (names compared by {@link Departments#key});
     * any other after them, by pinyin.
     */
    public static Comparator<String> roster(List<String> names) {
        Map<String, Integer> rank = new HashMap<>();
        for (String n : names) {
            rank.putIfAbsent(Departments.key(n), rank.size());
        }
        return Comparator.<String>comparingInt(n -> rank.getOrDefault(Departments.key(n), Integer.MAX_VALUE)).thenComparing(PINYIN);
    }
}
