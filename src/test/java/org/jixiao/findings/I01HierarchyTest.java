package org.jixiao.findings;

import static org.assertj.core.api.Assertions.assertThat;

import org.jixiao.filing.Projects;
import org.junit.jupiter.api.Test;

class I01HierarchyTest {

    @Test
    void anUnknownLevelOneIsAHint() {
        assertThat(I01Hierarchy.check(Projects.targets().indicator("其他指标", "x", "y", "及时").build())).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(Rule.HIERARCHY);
            assertThat(f.severity()).isEqualTo(Severity.提示);
            assertThat(f.column()).isEqualTo("一级指标");
            assertThat(f.message()).isEqualTo("一级指标「其他指标」不在标准层级中（成本指标、产出指标、效益指标、满意度指标）");
        });
    }

    @Test
    void aLevelTwoMustBelongToItsLevelOne() {
        assertThat(I01Hierarchy.check(Projects.targets().indicator("产出指标", "社会效益指标", "x", "及时").build())).singleElement()
                .satisfies(f -> {
                    assertThat(f.column()).isEqualTo("二级指标");
                    assertThat(f.message()).startsWith("二级指标「社会效益指标」不属于一级指标「产出指标」，标准为：");
                });
    }

    @Test
    void theStandardHierarchyAsFiledIsNoHint() {
        assertThat(I01Hierarchy.check(Projects.targets().standardIndicators().build())).isEmpty();
        assertThat(I01Hierarchy.check(Projects.targets().indicator("效益 指标", "社会效益 指标", "x", "及时").build())).isEmpty();
        // 成本指标 under 产出指标 is the older layout (seed 004), still standard
        assertThat(I01Hierarchy.check(Projects.targets().indicator("产出指标", "成本指标", "x", "符合").build())).isEmpty();
    }
}
