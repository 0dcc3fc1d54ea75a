package org.jixiao.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Who files in the synthetic city: names an analyst would not frown at. */
class CityPlanTest {

    @Test
    void aTownFilesInItsOwnDistrictAndTheCentralDistrictsHaveNone() {
        Vocabulary words = Vocabulary.standard();
        List<CityPlan.PlannedDepartment> city = CityPlan.plan(10_000, 7, Mix.ALL, words);
        List<CityPlan.PlannedDepartment> towns = city.stream().filter(d -> d.name().endsWith("镇人民政府")).toList();
        assertThat(towns).hasSizeGreaterThan(50);
        for (CityPlan.PlannedDepartment d : towns) {
            String town = d.name().substring(("上海市" + d.region()).length(), d.name().length() - "镇人民政府".length());
            assertThat(words.towns.get(d.region())).as(d.name()).contains(town);
        }
        assertThat(towns).noneMatch(d -> List.of("黄浦区", "虹口区", "杨浦区").contains(d.region()));
        assertThat(city).noneMatch(d -> d.name().equals("上海市闵行区枫泾镇人民政府"));
    }
}
