package org.jixiao.filing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class DepartmentOrderTest {

    private static List<String> sorted(List<String> names, java.util.Comparator<String> order) {
        List<String> out = new ArrayList<>(names);
        Collections.shuffle(out, new java.util.Random(7));
        out.sort(order);
        return out;
    }

    @Test
    void departmentsOfADistrictComeInPinyinOrderTheLessCommonHanziOfTownNamesIncluded() {
        // the JDK's zh_CN collator puts 佘 (she), 泗 (si), 泖 (mao), 浜 (bang) after 中 (zhong)
        List<String> expected = List.of("上海市松江区财政局", "上海市松江区车墩镇人民政府", "上海市松江区洞泾镇人民政府", "上海市松江区泖港镇人民政府",
                "上海市松江区人民法院", "上海市松江区佘山镇人民政府", "上海市松江区泗泾镇人民政府", "上海市松江区小昆山镇人民政府",
                "上海市松江区新浜镇人民政府", "上海市松江区新桥镇人民政府", "上海市松江区叶榭镇人民政府", "上海市松江区中山街道办事处",
                "中共上海市松江区区级机关工作委员会", "中共上海市松江区委组织部");
        assertThat(sorted(expected, DepartmentOrder.PINYIN)).containsExactlyElementsOf(expected);
    }

    @Test
    void numbersInNamesGoByTheirValue() {
        List<String> expected = List.of("上海市第2人民医院", "上海市第9人民医院", "上海市第10人民医院", "上海市第11人民医院");
        assertThat(sorted(expected, DepartmentOrder.PINYIN)).containsExactlyElementsOf(expected);
    }

    @Test
    void theSameDepartmentWrittenTwoWaysStaysInPlaceAndTheOrderIsTotal() {
        assertThat(DepartmentOrder.PINYIN.compare("中共上海市嘉定区委组织部（汇总）", "中共上海市嘉定区委组织部")).isNotZero();
        assertThat(Integer.signum(DepartmentOrder.PINYIN.compare("上海市松江区财政局", "上海市松江区教育局"))).isEqualTo(-1);
    }
}
