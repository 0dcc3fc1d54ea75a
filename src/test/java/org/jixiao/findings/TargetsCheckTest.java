package org.jixiao.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jixiao.filing.Project;
import org.jixiao.filing.Projects;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** A 自评 against the 申报表 its department declared for the same 年度 (issue 17, part 2). */
class TargetsCheckTest {

    /** The 申报表 of 党建工作: four indicators, 年度资金申请总额 100,000 元. */
    private static Projects declared() {
        return Projects.targets().annual("100000", "100000", "0", "0")
                .indicator("产出指标", "数量指标", "开展活动次数", "≥2次")
                .indicator("产出指标", "质量指标", "验收合格率", "≥95%")
                .indicator("产出指标", "时效指标", "完成及时性", "及时")
                .indicator("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%");
    }

    /** Its 自评: the same four, written as another clerk writes them; 年初预算数 100,000 元. */
    private static Projects evaluated() {
        return Projects.selfEvaluation().budget("100000", "100000", "100000")
                .scored("产出指标", "数量指标", "开展活动次数", ">=2.00(次)", "=3次", "30", "30", null)
                .scored("产出指标", "质量指标", "验收合格率", "≥95.00(%)", "=100%", "20", "20", null)
                .scored("产出指标", "时效指标", "完成及时性", " 及 时", "及时", "30", "30", null)
                .scored("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "=96%", "10", "10", null);
    }

    private static TargetsCheck.Result check(Projects self, Projects targets) {
        return TargetsCheck.check(List.of(self.build()), List.of(targets.build()));
    }

    @Test
    void aPairThatMatchesHasNoFindingAndCountsAsAgreeing() {
        TargetsCheck.Result r = check(evaluated(), declared());
        assertThat(r.findings()).isEmpty();
        assertThat(r.outcomes()).singleElement().satisfies(o -> {
            assertThat(o.agrees()).isTrue();
            assertThat(o.targets().name()).isEqualTo("党建工作");
        });
        assertThat(r.agreement()).isEqualTo(new TargetsCheck.Agreement(1, 1, 1));
        assertThat(r.agreement().label()).isEqualTo("1/1");
    }

    @Test
    void anIndicatorDroppedIsAProblemNamingItAndItsTarget() {
        Projects self = Projects.selfEvaluation().budget("100000", "100000", "100000")
                .scored("产出指标", "数量指标", "开展活动次数", "≥2次", "=3次", "40", "40", null)
                .scored("产出指标", "质量指标", "验收合格率", "≥95%", "=100%", "20", "20", null)
                .scored("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "=96%", "30", "30", null);
        TargetsCheck.Result r = check(self, declared());
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(Rule.INDICATOR_DROPPED);
            assertThat(f.severity()).isEqualTo(Severity.问题);
            assertThat(f.department()).isEqualTo("中共上海市松江区委组织部");
            assertThat(f.project()).isEqualTo("党建工作");
            assertThat(f.message()).isEqualTo("申报表中的三级指标「完成及时性」（产出指标/时效指标，指标值「及时」）在自评表中没有出现（申报表见 t.csv 第4行）");
        });
        assertThat(r.agreement()).isEqualTo(new TargetsCheck.Agreement(1, 1, 0));
    }

    @Test
    void aTargetChangedIsAProblemAtTheEvaluatedRowNamingBothValues() {
        Projects self = Projects.selfEvaluation().budget("100000", "100000", "100000")
                .scored("产出指标", "数量指标", "开展活动次数", "≥2次", "=3次", "30", "30", null)
                .scored("产出指标", "质量指标", "验收合格率", "≥90%", "=100%", "20", "20", null)
                .scored("产出指标", "时效指标", "完成及时性", "及时", "及时", "30", "30", null)
                .scored("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "=96%", "10", "10", null);
        TargetsCheck.Result r = check(self, declared());
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(Rule.TARGET_CHANGED);
            assertThat(f.file()).isEqualTo("s.csv");
            assertThat(f.row()).isEqualTo(3);
            assertThat(f.column()).isEqualTo("年度指标值");
            assertThat(f.message()).isEqualTo("三级指标「验收合格率」的年度指标值「≥90%」与申报表的指标值「≥95%」不同（申报表见 t.csv 第3行）");
        });
        assertThat(r.outcomes().get(0).agrees()).isFalse();
    }

    @Test
    void anIndicatorAddedIsAProblemAtItsRow() {
        Projects self = evaluated().scored("效益指标", "社会效益指标", "政策知晓率", "≥80%", "=85%", "0", "0", null);
        TargetsCheck.Result r = check(self, declared());
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(Rule.INDICATOR_ADDED);
            assertThat(f.row()).isEqualTo(6);
            assertThat(f.message()).isEqualTo("自评表中的三级指标「政策知晓率」（年度指标值「≥80%」）不在2025年度的申报表中");
        });
    }

    @Test
    void anIndicatorFiledUnderAnotherSecondLevelIsStillTheSameIndicator() {
        Projects self = Projects.selfEvaluation().budget("100000", "100000", "100000")
                .scored("产出指标", "数量指标", "开展活动次数", "≥2次", "=3次", "30", "30", null)
                .scored("产出指标", "数量指标", "验收合格率", "≥95%", "=100%", "20", "20", null)
                .scored("产出指标", "时效指标", "完成及时性", "及时", "及时", "30", "30", null)
                .scored("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "=96%", "10", "10", null);
        assertThat(check(self, declared()).findings()).isEmpty();
    }

    @Test
    void anExactTargetIsNotTheSameAsAFloor() {
        Projects self = evaluated();
        Projects targets = Projects.targets().annual("100000", "100000", "0", "0")
                .indicator("产出指标", "数量指标", "开展活动次数", "2次")
                .indicator("产出指标", "质量指标", "验收合格率", "≥95%")
                .indicator("产出指标", "时效指标", "完成及时性", "及时")
                .indicator("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%");
        assertThat(check(self, targets).findings()).extracting(Finding::rule).containsExactly(Rule.TARGET_CHANGED);
    }

    @Test
    void aBudgetOtherThanTheAmountDeclaredIsAHintAndTheIndicatorsStillAgree() {
        TargetsCheck.Result r = check(evaluated().budget("90000", "100000", "100000"), declared());
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(Rule.BUDGET_NOT_AS_DECLARED);
            assertThat(f.severity()).isEqualTo(Severity.提示);
            assertThat(f.column()).isEqualTo("年初预算数");
            assertThat(f.message()).isEqualTo("年初预算数 90,000.00 元与申报表的年度资金申请总额 100,000.00 元不同（相差 -10,000.00 元）");
        });
        assertThat(r.agreement().agreeing()).isEqualTo(1);
    }

    @Nested
    class Pairing {

        @Test
        void aSelfEvaluationWithoutTargetsIsAHintWhenTheDepartmentFiledTargetsThatYear() {
            Project self = evaluated().name("人才工作").build();
            TargetsCheck.Result r = TargetsCheck.check(List.of(self), List.of(declared().build()));
            assertThat(r.findings()).singleElement().satisfies(f -> {
                assertThat(f.rule()).isEqualTo(Rule.NO_TARGETS_ON_RECORD);
                assertThat(f.severity()).isEqualTo(Severity.提示);
                assertThat(f.project()).isEqualTo("人才工作");
                assertThat(f.message()).isEqualTo("本部门报送了2025年度的绩效目标，但其中没有与本项目对应的申报表（按项目编码或项目名称对照），自评无法与目标核对");
            });
            assertThat(r.outcomes().get(0).targets()).isNull();
            assertThat(r.agreement()).isEqualTo(new TargetsCheck.Agreement(1, 0, 0));
            assertThat(r.agreement().label()).isEmpty();
        }

        @Test
        void aDepartmentThatFiledNoTargetsGetsNoHintPerProject() {
            TargetsCheck.Result r = TargetsCheck.check(List.of(evaluated().build()), List.of());
            assertThat(r.findings()).isEmpty();
            assertThat(r.agreement()).isEqualTo(new TargetsCheck.Agreement(1, 0, 0));
        }

        @Test
        void aCodeTellsTwoProjectsOfOneNameApart() {
            Project selfB = evaluated().code("B").build();
            Project selfA = evaluated().code("A").budget("100000", "100000", "100000").build();
            Project targetsA = declared().code("A").build();
            Project targetsB = declared().code("B").annual("120000", "120000", "0", "0").build();
            TargetsCheck.Result r = TargetsCheck.check(List.of(selfB, selfA), List.of(targetsA, targetsB));
            assertThat(r.outcomes()).extracting(o -> o.targets().code()).containsExactly("B", "A");
            assertThat(r.findings()).extracting(Finding::rule).containsExactly(Rule.BUDGET_NOT_AS_DECLARED);
        }

        @Test
        void withoutACodeTheNameDecidesAfterTheContractsNormalisation() {
            Project self = evaluated().name("党建 工作").build();
            TargetsCheck.Result r = TargetsCheck.check(List.of(self), List.of(declared().code("31001").build()));
            assertThat(r.outcomes().get(0).targets()).isNotNull();
            assertThat(r.findings()).isEmpty();
        }
    }
}
