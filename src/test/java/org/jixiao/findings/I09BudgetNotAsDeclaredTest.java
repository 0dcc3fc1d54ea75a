package org.jixiao.findings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class I09BudgetNotAsDeclaredTest {

    @Test
    void anInitialBudgetOtherThanTheAmountDeclaredIsAHint() {
        assertThat(I09BudgetNotAsDeclared.check(Pairs.evaluated().budget("90000", "100000", "100000").build(), Pairs.declared().build()))
                .singleElement().satisfies(f -> {
                    assertThat(f.rule()).isEqualTo(Rule.BUDGET_NOT_AS_DECLARED);
                    assertThat(f.severity()).isEqualTo(Severity.提示);
                    assertThat(f.column()).isEqualTo("年初预算数");
                    assertThat(f.message()).isEqualTo("年初预算数 90,000.00 元与申报表的年度资金申请总额 100,000.00 元不同（相差 -10,000.00 元）");
                });
    }

    @Test
    void theAmountDeclaredOrNoInitialBudgetIsNoHint() {
        assertThat(I09BudgetNotAsDeclared.check(Pairs.evaluated().build(), Pairs.declared().build())).isEmpty();
        assertThat(I09BudgetNotAsDeclared.check(Pairs.evaluated().budget(null, "100000", "100000").build(), Pairs.declared().build()))
                .isEmpty();
    }
}
