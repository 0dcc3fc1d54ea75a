package org.jixiao.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.jixiao.filing.Evaluation;
import org.jixiao.filing.Grade;
import org.junit.jupiter.api.Test;

class FundDeductionTest {

    private static Evaluation evaluation(String rate, String fundScore) {
        return new Evaluation(rate == null ? null : new BigDecimal(rate), null, BigDecimal.TEN, new BigDecimal(fundScore),
                new BigDecimal("80"), new BigDecimal("80").add(new BigDecimal(fundScore)), new BigDecimal("100"), Grade.良);
    }

    @Test
    void pointsLostOnFundsAreADeductionOfThe预算执行率Row() {
        FundDeduction d = FundDeduction.of(evaluation("0.956", "9.56"));
        assertThat(d.points()).isEqualByComparingTo("0.44");
        assertThat(d.indicator().level1()).isEqualTo("预算执行率");
        assertThat(d.indicator().actual().raw()).isEqualTo("95.60%");
        assertThat(d.indicator().weight()).isEqualByComparingTo("10");
    }

    @Test
    void noneWhenTheFundsLostNothing() {
        assertThat(FundDeduction.of(evaluation("1.2", "10"))).isNull();
        assertThat(FundDeduction.of(null)).isNull();
    }

    @Test
    void aRateThatCannotBeComputedLosesTheWholeWeightAndSaysWhy() {
        FundDeduction d = FundDeduction.of(evaluation(null, "0"));
        assertThat(d.points()).isEqualByComparingTo("10");
        assertThat(d.indicator().actual().raw()).contains("无法计算");
    }
}
