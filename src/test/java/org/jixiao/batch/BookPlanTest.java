package org.jixiao.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The cover's list of 地区: broken between names, never inside one (it printed 金 / 山区). */
class BookPlanTest {

    @Test
    void theListOfRegionsBreaksBetweenNamesOnly() {
        List<String> regions = List.of("市级", "徐汇区", "静安区", "普陀区", "虹口区", "杨浦区", "闵行区", "浦东新区", "金山区", "松江区",
                "青浦区", "奉贤区", "崇明区");
        String list = BookPlan.list(regions, BookPlan.COVER_LINE);
        assertThat(list).isEqualTo("市级、徐汇区、静安区、普陀区、虹口区、杨浦区、闵行区、\n浦东新区、金山区、松江区、青浦区、奉贤区、崇明区");
        for (String line : list.split("\\n")) {
            assertThat(line.length()).isLessThanOrEqualTo(BookPlan.COVER_LINE);
        }
        assertThat(BookPlan.list(List.of("松江区", "嘉定区"), BookPlan.COVER_LINE)).isEqualTo("松江区、嘉定区");
        assertThat(BookPlan.list(List.of("很长很长的地区名称", "短区"), 5)).isEqualTo("很长很长的地区名称、\n短区");
    }
}
