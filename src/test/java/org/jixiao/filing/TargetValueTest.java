package org.jixiao.filing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TargetValueTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "≥95.00(%)        | GE | 95.00  | %",
        "≥90.00 (%)       | GE | 90.00  | %",
        ">=95%            | GE | 95     | %",
        "＞＝95%          | GE | 95     | %",
        "≤100000.00(元/场) | LE | 100000.00 | 元/场",
        "<=30(分钟)       | LE | 30     | 分钟",
        "=0.61(万元/月)    | EQ | 0.61   | 万元/月",
        "=12次            | EQ | 12     | 次",
        "=3 次            | EQ | 3      | 次",
        "=320人次         | EQ | 320    | 人次",
        ">=30 场          | GE | 30     | 场",
        "<206000.00(元/人) | LT | 206000.00 | 元/人",
        ">5(家)           | GT | 5      | 家",
        "=10(条/周)       | EQ | 10     | 条/周",
        "≥20(万页)        | GE | 20     | 万页",
    })
    void parsesQuantitativeValues(String raw, Operator op, String number, String unit) {
        TargetValue v = TargetValue.parse(raw);
        assertThat(v.isQuantitative()).isTrue();
        assertThat(v.operator()).isEqualTo(op);
        assertThat(v.number()).isEqualByComparingTo(number);
        assertThat(v.unit()).isEqualTo(unit);
        assertThat(v.raw()).isEqualTo(raw.strip());
    }

    @ParameterizedTest
    @ValueSource(strings = {"12", ">=90", "=3500"})
    void aBareNumberIsQuantitativeWithoutUnit(String raw) {
        TargetValue v = TargetValue.parse(raw);
        assertThat(v.isQuantitative()).isTrue();
        assertThat(v.hasUnit()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"及时", "规范", "有效提升", "1小时内响应，3小时内抵达现场", "6月底前", "12月前",
        "分别4月底及12月底前完成", "规范,不超过预算", "及时、满意", ""})
    void qualitativeTextStaysText(String raw) {
        TargetValue v = TargetValue.parse(raw);
        assertThat(v.isQuantitative()).isFalse();
        assertThat(v.raw()).isEqualTo(raw);
    }

    @ParameterizedTest
    @CsvSource({"GE,96,95,true", "GE,94,95,false", "LE,30,30,true", "LE,31,30,false", "EQ,12,12,true", "EQ,13,12,true", "EQ,11,12,false",
        "GT,6,5,true", "GT,5,5,false", "LT,5,5,false"})
    void operatorsTellWhetherATargetIsMet(Operator op, String actual, String target, boolean met) {
        assertThat(op.isMet(new java.math.BigDecimal(actual), new java.math.BigDecimal(target))).isEqualTo(met);
    }
}
