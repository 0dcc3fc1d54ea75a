package org.jixiao.filing;

import com.ibm.icu.text.CollationKey;
import com.ibm.icu.text.Collator;
import com.ibm.icu.text.RuleBasedCollator;
import com.ibm.icu.util.ULocale;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The order of the departments within a 地区, as a reader of a Chinese list expects it: by the pinyin of
 * their names (numbers in them by their value). ICU's collation for Chinese is pinyin for every hanzi; the JDK's zh_CN collator follows
 * GB2312 and sorts its less common hanzi (泗泾, 泖港, 佘山, 莘庄, 颛桥: town names in every district) by
 * radical after all the others. Names that collate equal are ordered by code point, so the order is
 * total and the same on every machine.
 *
 * <p>A roster gives its own order instead ({@code roster.Roster#departmentOrder}, the others after its
 * departments in this order).
 */
public final class DepartmentOrder {

    private static final Collator COLLATOR = collator();
    /** A night sorts its departments' names over and over; their collation keys are worked out once. */
    private static final Map<String, CollationKey> KEYS = new ConcurrentHashMap<>();

    /** Chinese collation, digits by their value: 第2局 before 第10局. */
    private static Collator collator() {
        RuleBasedCollator c = (RuleBasedCollator) Collator.getInstance(ULocale.forLanguageTag("zh-Hans-CN"));
        c.setNumericCollation(true);
        return c.freeze();
    }

    private static Comparator<String> pinyin() {
        return Comparator.<String, CollationKey>comparing(n -> KEYS.computeIfAbsent(n, k -> COLLATOR.getCollationKey(Departments.key(k))))
                .thenComparing(Comparator.naturalOrder());
    }

    /** By pinyin, then by code point. */
    public static final Comparator<String> PINYIN = pinyin();

    private DepartmentOrder() {
    }
}
