package org.jixiao.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.jixiao.filing.Project;
import org.jixiao.filing.Projects;
import org.jixiao.filing.ScoringPolicy;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Every rule of filings.md §4 on assembled projects: one case that triggers it and one that does not. */
class ProjectChecksTest {

    private final ScoringPolicy policy = ScoringPolicy.national();
    private final ProjectChecks checks = new ProjectChecks(policy);

    private List<Finding> check(Project p) {
        return checks.check(p, p.evaluation() == null ? null : policy.evaluate(p));
    }

    private List<Rule> rules(Project p) {
        return check(p).stream().map(Finding::rule).toList();
    }

    @Test
    void aCleanTargetsProjectHasNoFindings() {
        assertThat(check(Projects.targets().standardIndicators().build())).isEmpty();
    }

    @Test
    void aCleanSelfEvaluationHasNoFindings() {
        assertThat(check(Projects.selfEvaluation().standardScores().build())).isEmpty();
    }

    @Test
    void findingsNameTheDepartmentProjectRowAndColumn() {
        Finding f = check(Projects.targets().standardIndicators().indicator("产出指标", "质量指标", "验收合格率", "").build()).get(0);
        assertThat(f.department()).isEqualTo("中共上海市松江区委组织部");
        assertThat(f.project()).isEqualTo("党建工作");
        assertThat(f.row()).isEqualTo(6);
        assertThat(f.column()).isEqualTo("指标值");
        assertThat(f.message()).contains("验收合格率");
    }

    @Nested
    class Indicators {

        @Test
        void blankCellsInAnIndicatorRowAreAProblem() {
            Project p = Projects.targets().standardIndicators().indicator("产出指标", null, "验收合格率", "≥95%").build();
            assertThat(check(p)).singleElement().satisfies(f -> {
                assertThat(f.rule()).isEqualTo(Rule.INDICATOR_BLANK);
                assertThat(f.severity()).isEqualTo(Severity.问题);
                assertThat(f.column()).isEqualTo("二级指标");
            });
        }

        @Test
        void aBlankActualValueInASelfEvaluationIsAProblem() {
            Project p = Projects.selfEvaluation().standardScores()
                    .scored("产出指标", "数量指标", "x", "及时", "", "0", "0", null).fundWeight("10").build();
            assertThat(rules(p)).contains(Rule.INDICATOR_BLANK);
        }

        @Test
        void levelTwoMustBelongToItsLevelOne() {
            assertThat(rules(Projects.targets().standardIndicators().indicator("产出指标", "社会效益指标", "x", "及时").build()))
                    .containsExactly(Rule.HIERARCHY);
            assertThat(rules(Projects.targets().standardIndicators().indicator("效益 指标", "社会效益 指标", "x", "及时").build()))
                    .isEmpty();
        }

        @Test
        void anUnknownLevelOneIsAHint() {
            assertThat(check(Projects.targets().standardIndicators().indicator("其他指标", "x", "y", "及时").build()))
                    .singleElement().satisfies(f -> {
                        assertThat(f.rule()).isEqualTo(Rule.HIERARCHY);
                        assertThat(f.severity()).isEqualTo(Severity.提示);
                    });
        }

        @Test
        void costUnderOutputIsTheOlderStandardLayout() {
            assertThat(rules(Projects.targets().standardIndicators().indicator("产出指标", "成本指标", "x", "符合").build())).isEmpty();
        }

        @Test
        void aPercentOverHundredIsAHint() {
            assertThat(rules(Projects.targets().standardIndicators().indicator("产出指标", "数量指标", "完成率", "≥400.00(%)").build()))
                    .containsExactly(Rule.PERCENT_OVER_100);
            assertThat(rules(Projects.targets().standardIndicators().indicator("产出指标", "数量指标", "完成率", "=100.00(%)").build()))
                    .isEmpty();
        }

        @Test
        void aPercentOnACountIsAHint() {
            // seed 002: 常态化结对帮扶村居党组织数 ≥400.00(%)
            assertThat(rules(Projects.targets().standardIndicators()
                    .indicator("产出指标", "数量指标", "常态化结对帮扶村居党组织数", "≥40.00(%)").build()))
                    .containsExactly(Rule.PERCENT_ON_COUNT);
            assertThat(rules(Projects.targets().standardIndicators()
                    .indicator("产出指标", "数量指标", "常态化结对帮扶村居党组织数", "≥40.00(个)").build())).isEmpty();
            assertThat(rules(Projects.targets().standardIndicators()
                    .indicator("产出指标", "质量指标", "群众满意度", "≥90(%)").build())).isEmpty();
        }

        @Test
        void aQuantitativeTargetWithoutUnitIsAHint() {
            assertThat(rules(Projects.targets().standardIndicators().indicator("产出指标", "数量指标", "培训", "12").build()))
                    .containsExactly(Rule.NO_UNIT);
            assertThat(rules(Projects.targets().standardIndicators().indicator("产出指标", "数量指标", "培训", "12次").build()))
                    .isEmpty();
        }

        @Test
        void noQuantitativeOutputIndicatorIsAHint() {
            Project qualitativeOnly = Projects.targets().indicator("产出指标", "质量指标", "规范性", "规范")
                    .indicator("效益指标", "社会效益指标", "成效", "提升").build();
            assertThat(rules(qualitativeOnly)).containsExactly(Rule.NO_QUANTITATIVE_OUTPUT);
            Project costOnlyQuantitative = Projects.targets().indicator("成本指标", "经济成本指标", "成本", "≤5(万元)")
                    .indicator("产出指标", "质量指标", "规范性", "规范").build();
            assertThat(rules(costOnlyQuantitative)).containsExactly(Rule.NO_QUANTITATIVE_OUTPUT);
        }

        @Test
        void aRepeatedLevelThreeIsAHint() {
            Project p = Projects.targets().standardIndicators().indicator("产出指标", "数量指标", "开展活动数量", "≥3.00(次)").build();
            assertThat(check(p)).singleElement().satisfies(f -> {
                assertThat(f.rule()).isEqualTo(Rule.REPEATED_INDICATOR);
                assertThat(f.message()).contains("第3行");
            });
        }
    }

    @Nested
    class Funds {

        @Test
        void annualAmountMustEqualItsParts() {
            assertThat(rules(Projects.targets().standardIndicators().annual("2030000", "2000000", "0", "0").build()))
                    .containsExactly(Rule.ANNUAL_FUNDS_MISMATCH);
            // seed 002 活动项目: 7,140,100 + 0 + 1,013,800 = 8,153,900
            assertThat(rules(Projects.targets().standardIndicators().annual("8153900", "7140100", "0", "1013800").build())).isEmpty();
        }

        @Test
        void annualPartsAreCheckedOnlyWhenFiled() {
            assertThat(rules(Projects.targets().standardIndicators().annual("2030000", null, null, null).build())).isEmpty();
        }

        @Test
        void totalMustEqualFiscalPlusOther() {
            assertThat(rules(Projects.targets().standardIndicators().total("18000", "10000", "0").build()))
                    .containsExactly(Rule.TOTAL_FUNDS_MISMATCH);
            // seed 000 党代表工作经费: 财政资金 blank, 其他资金 18,000
            assertThat(rules(Projects.targets().standardIndicators().total("18000", null, "18000").build())).isEmpty();
            assertThat(rules(Projects.targets().standardIndicators().total(null, "5", "5").build())).isEmpty();
        }

        @Test
        void completionBeforeStartIsAProblem() {
            assertThat(rules(Projects.targets().standardIndicators()
                    .dates(LocalDate.of(2025, 12, 31), LocalDate.of(2025, 1, 1)).build())).containsExactly(Rule.DATES_REVERSED);
            assertThat(rules(Projects.targets().standardIndicators()
                    .dates(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 1)).build())).isEmpty();
        }
    }

    @Nested
    class Scores {

        @Test
        void statedFiguresAreCheckedAgainstComputedOnes() {
            Project right = Projects.selfEvaluation().standardScores().stated("1.0000", "10", "100", "100").build();
            assertThat(rules(right)).isEmpty();
            Project wrong = Projects.selfEvaluation().standardScores().stated("0.9000", "9", "90", "96").build();
            assertThat(rules(wrong)).containsExactly(Rule.STATED_RATE_MISMATCH, Rule.STATED_FUND_SCORE_MISMATCH,
                    Rule.STATED_TOTAL_MISMATCH, Rule.STATED_TOTAL_MISMATCH);
        }

        @Test
        void aStatedRateMatchesAtThePlacesWritten() {
            Project p = Projects.selfEvaluation().budget(null, "300", "299.99").standardScores().stated("1.0000", null, null, null).build();
            assertThat(rules(p)).doesNotContain(Rule.STATED_RATE_MISMATCH);
        }

        @Test
        void executionOverHundredPercentIsAHint() {
            assertThat(rules(Projects.selfEvaluation().budget(null, "100", "101").standardScores().build()))
                    .containsExactly(Rule.RATE_OVER_100);
        }

        @Test
        void aScoreAboveItsWeightIsAProblem() {
            Project p = Projects.selfEvaluation().scored("产出指标", "数量指标", "开展活动次数", "≥2次", "=3次", "20", "21", null)
                    .scored("产出指标", "质量指标", "验收合格率", "≥95%", "=100%", "20", "20", null)
                    .scored("产出指标", "时效指标", "完成及时性", "及时", "及时", "10", "9", "x")
                    .scored("效益指标", "社会效益指标", "政策知晓率", "≥90%", "=95%", "30", "30", null)
                    .scored("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "=96%", "10", "10", null).build();
            assertThat(rules(p)).containsExactly(Rule.SCORE_ABOVE_WEIGHT);
        }

        @Test
        void aDeductionNeedsAReason() {
            Project without = Projects.selfEvaluation().standardScores()
                    .scored("产出指标", "质量指标", "资料完整", "完整", "完整", "0", "0", null).build();
            assertThat(rules(without)).isEmpty();
            Project deducted = selfEvaluationWith("完成及时性", "及时", "及时", "10", "9", null);
            assertThat(rules(deducted)).containsExactly(Rule.DEDUCTION_WITHOUT_REASON);
            Project explained = selfEvaluationWith("完成及时性", "及时", "及时", "10", "9", "个别活动延期");
            assertThat(rules(explained)).isEmpty();
        }

        @Test
        void weightsMustAddUpToHundred() {
            Project p = Projects.selfEvaluation().standardScores().fundWeight("5").build();
            assertThat(rules(p)).contains(Rule.WEIGHTS_NOT_100, Rule.LEVEL_ONE_WEIGHTS);
        }

        @Test
        void levelOneWeightsOtherThanStandardAreAHint() {
            Project p = Projects.selfEvaluation().scored("产出指标", "数量指标", "开展活动次数", "≥2次", "=3次", "40", "40", null)
                    .scored("产出指标", "时效指标", "完成及时性", "及时", "及时", "10", "10", null)
                    .scored("效益指标", "社会效益指标", "政策知晓率", "≥90%", "=95%", "20", "20", null)
                    .scored("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "=96%", "20", "20", null).build();
            assertThat(check(p)).singleElement().satisfies(f -> {
                assertThat(f.rule()).isEqualTo(Rule.LEVEL_ONE_WEIGHTS);
                assertThat(f.message()).contains("产出指标 50", "效益指标 20");
            });
        }

        @Test
        void aFullScoreOnAMissedTargetIsAProblem() {
            Project p = selfEvaluationWith("开展活动次数", "≥12次", "=10次", "10", "10", null);
            assertThat(rules(p)).containsExactly(Rule.FULL_SCORE_TARGET_MISSED);
        }

        @Test
        void doingMoreThanAnExactTargetMeetsIt() {
            // a planned =12次 done 13 times is 超额完成: full marks are right, not a missed target
            assertThat(rules(selfEvaluationWith("开展活动次数", "=12次", "13次", "10", "10", null))).isEmpty();
            assertThat(rules(selfEvaluationWith("开展活动次数", "12次", "15次", "10", "10", null))).isEmpty();
            assertThat(rules(selfEvaluationWith("开展活动次数", "=12次", "11次", "10", "10", null)))
                    .containsExactly(Rule.FULL_SCORE_TARGET_MISSED);
        }

        @Test
        void aMetQuantitativeTargetEarnsItsFullWeight() {
            // seed 003 网络信息系统运行与维护: 稳定性检查 =1次 achieved =1次, scored 7 of 9
            assertThat(rules(selfEvaluationWith("稳定性检查", "=1次", "=1次", "10", "7", "有进一步提升的空间")))
                    .containsExactly(Rule.SCORE_INCONSISTENT);
            assertThat(rules(selfEvaluationWith("稳定性检查", "=1次", "=1次", "10", "9.5", "小问题"))).isEmpty();
        }

        @Test
        void aMissedTargetEarnsAboutItsShare() {
            assertThat(rules(selfEvaluationWith("开展活动次数", "≥10次", "=8次", "10", "8", "两次未办"))).isEmpty();
            assertThat(rules(selfEvaluationWith("开展活动次数", "≥10次", "=5次", "10", "9", "未办"))).containsExactly(Rule.SCORE_INCONSISTENT);
            // a ceiling the other way round: ≤30分钟 target, 40 achieved → about 30/40
            assertThat(rules(selfEvaluationWith("响应时间", "≤30(分钟)", "=40(分钟)", "10", "7.5", "偶有延迟"))).isEmpty();
        }

        @Test
        void qualitativeScoresFollowTheBands() {
            assertThat(rules(selfEvaluationWith("培训规范", "规范", "规范", "10", "8", "可提升"))).isEmpty();
            assertThat(rules(selfEvaluationWith("培训规范", "规范", "规范", "10", "6", "可提升"))).containsExactly(Rule.SCORE_INCONSISTENT);
            assertThat(rules(selfEvaluationWith("运维工作", "完成", "基本完成", "10", "7", "部分延期"))).isEmpty();
            assertThat(rules(selfEvaluationWith("运维工作", "完成", "基本完成", "10", "10", null))).containsExactly(Rule.SCORE_INCONSISTENT);
            assertThat(rules(selfEvaluationWith("运维工作", "及时", "未完成", "10", "5", "延误"))).isEmpty();
            assertThat(rules(selfEvaluationWith("运维工作", "及时", "未完成", "10", "8", "延误"))).containsExactly(Rule.SCORE_INCONSISTENT);
        }

        @Test
        void theToleranceIsConfiguration() {
            ScoringPolicy lenient = new ScoringPolicy(policy.fundWeight(), policy.rateCap(), policy.excellent(), policy.good(),
                    policy.pass(), policy.levelOneWeights(), new java.math.BigDecimal("0.5"), policy.achievedFloor(),
                    policy.partialFloor());
            Project p = selfEvaluationWith("稳定性检查", "=1次", "=1次", "10", "7", "有进一步提升的空间");
            assertThat(new ProjectChecks(lenient).check(p, lenient.evaluate(p))).isEmpty();
        }

        /** A standard self-evaluation whose 10-point 时效 indicator is replaced by the given one. */
        private Project selfEvaluationWith(String level3, String target, String actual, String weight, String score, String reason) {
            return Projects.selfEvaluation().scored("产出指标", "数量指标", "开展次数", "≥2次", "=3次", "20", "20", null)
                    .scored("产出指标", "质量指标", "验收合格率", "≥95%", "=100%", "20", "20", null)
                    .scored("产出指标", "时效指标", level3, target, actual, weight, score, reason)
                    .scored("效益指标", "社会效益指标", "政策知晓率", "≥90%", "=95%", "30", "30", null)
                    .scored("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "=96%", "10", "10", null).build();
        }
    }
}
