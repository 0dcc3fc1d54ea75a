package org.jixiao.filing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DepartmentsTest {

    @ParameterizedTest
    @CsvSource({
        "中共上海市松江区委组织部, 松江区",
        "中共上海市嘉定区委组织部（汇总）, 嘉定区",
        "中共上海市松江区区级机关工作委员会, 松江区",
        "上海市浦东新区财政局, 浦东新区",
        "中共上海市委组织部, 市级",
        "上海市财政局, 市级",
    })
    void derivesTheRegionFromTheDepartment(String department, String region) {
        assertThat(Departments.regionOf(department)).isEqualTo(region);
    }

    @Test
    void spellingsOfOneDepartmentAreOneDepartment() {
        String a = Departments.key("中共上海市嘉定区委组织部 (汇总)");
        String b = Departments.key("中共上海市嘉定区委组织部（汇总）");
        String c = Departments.key("中共上海市嘉定区委组织部");
        assertThat(a).isEqualTo(b).isEqualTo(c);
        assertThat(Departments.canonical("中共上海市嘉定区委组织部 (汇总)")).isEqualTo("中共上海市嘉定区委组织部");
    }

    @Test
    void canonicalNamesUseFullWidthBrackets() {
        assertThat(Departments.canonical("上海市某某中心(筹)")).isEqualTo("上海市某某中心（筹）");
    }
}
