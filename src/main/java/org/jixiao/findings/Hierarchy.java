package org.jixiao.findings;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jixiao.filing.Text;

/** The standard 一级 → 二级 indicator hierarchy (filings.md §4), compared after normalisation. */
public final class Hierarchy {

    private static final Map<String, Set<String>> STANDARD = new LinkedHashMap<>();

    static {
        STANDARD.put("成本指标", ordered("经济成本指标", "社会成本指标", "生态环境成本指标"));
        // 成本指标 under 产出指标 is the older layout (seed 004), still standard.
        STANDARD.put("产出指标", ordered("数量指标", "质量指标", "时效指标", "成本指标"));
        STANDARD.put("效益指标", ordered("经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"));
        STANDARD.put("满意度指标", ordered("服务对象满意度指标"));
    }

    private Hierarchy() {
    }

    /** In the order the forms print them, so lists built from the hierarchy (template dropdowns) read naturally. */
    private static Set<String> ordered(String... names) {
        return Collections.unmodifiableSet(new LinkedHashSet<>(List.of(names)));
    }

    /** 一级 → its 二级, both in the order the forms print them. */
    public static Map<String, Set<String>> standard() {
        return Collections.unmodifiableMap(STANDARD);
    }

    public static boolean isLevelOne(String level1) {
        return STANDARD.containsKey(Text.squeeze(level1));
    }

    public static boolean belongs(String level1, String level2) {
        Set<String> children = STANDARD.get(Text.squeeze(level1));
        return children != null && children.contains(Text.squeeze(level2));
    }
}
