package org.jixiao.filing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
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
    void regionsComeInTheCitysOwnOrderThenByName() {
        List<String> regions = new ArrayList<>(List.of("静安区", "崇明区", "某某县", "浦东新区", "市级", "黄浦区", "奉贤区", "嘉定区", "松江区", "另一区"));
        regions.sort(Departments.REGIONS);
        assertThat(regions).containsExactly("市级", "黄浦区", "静安区", "嘉定区", "浦东新区", "松江区", "奉贤区", "崇明区", "另一区", "某某县");
    }

    @Test
    void theStoreSortsRegionsAsTheComparatorDoes() throws Exception {
        List<String> regions = List.of("崇明区", "市级", "另一区", "徐汇区", "浦东新区", "黄浦区", "闵行区");
        List<String> sorted = new ArrayList<>(regions);
        sorted.sort(Departments.REGIONS);
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:regions", "sa", ""); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (region VARCHAR(40))");
            for (String r : regions) {
                s.execute("INSERT INTO t VALUES ('" + r + "')");
            }
            List<String> fromSql = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT region FROM t ORDER BY " + Departments.regionRankSql("region") + ", region")) {
                while (rs.next()) {
                    fromSql.add(rs.getString(1));
                }
            }
            assertThat(fromSql).isEqualTo(sorted);
        }
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
