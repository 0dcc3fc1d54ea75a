package org.jixiao.filing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

    @Nested
    class Parsing {

        @ParameterizedTest
        @ValueSource(strings = {"2,840,530.00", "2840530", "2840530.00", " 2,840,530.00 ", "2840530元", "￥2,840,530.00", "２８４０５３０"})
        void readsTheWaysFilersWriteAnAmount(String raw) {
            assertThat(Money.parse(raw).value()).isEqualByComparingTo("2840530");
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "  ", "—", "-", "——", "无"})
        void blankAndDashesAreAbsentNeverZero(String raw) {
            Money.Parsed p = Money.parse(raw);
            assertThat(p.absent()).isTrue();
            assertThat(p.value()).isNull();
        }

        @Test
        void nullIsAbsent() {
            assertThat(Money.parse(null).absent()).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"abc", "1,000元整", "12.3.4", "三百万"})
        void textThatIsNoAmountIsUnreadable(String raw) {
            Money.Parsed p = Money.parse(raw);
            assertThat(p.unreadable()).isTrue();
            assertThat(p.absent()).isFalse();
        }

        @Test
        void keepsExactDecimals() {
            assertThat(Money.parse("498139.10").value()).isEqualTo(new BigDecimal("498139.10"));
            assertThat(Money.parse("0.1").value().add(Money.parse("0.2").value())).isEqualByComparingTo("0.3");
        }
    }

    @Nested
    class Wan {

        @Test
        void roundsHalfUpAtTheEdge() {
            // seed 000: 8,023,150 元 is 802.315 万元, published as 802.32
            assertThat(Money.toWan(new BigDecimal("8023150"))).isEqualByComparingTo("802.32");
            assertThat(Money.toWan(new BigDecimal("8023149.99"))).isEqualByComparingTo("802.31");
            assertThat(Money.toWan(new BigDecimal("20743990"))).isEqualByComparingTo("2074.40");
            // ties where half-even would round down (802.315 rounds up either way): seed 000's 543,050 元
            // (54.305 万元) and 1,250 元 (0.125 万元)
            assertThat(Money.toWan(new BigDecimal("543050"))).isEqualByComparingTo("54.31");
            assertThat(Money.toWan(new BigDecimal("1250"))).isEqualByComparingTo("0.13");
            assertThat(Money.formatWan(new BigDecimal("-1250"))).isEqualTo("-0.13");
        }

        @Test
        void formatsForPrintAndSentence() {
            assertThat(Money.formatWan(new BigDecimal("20743990"))).isEqualTo("2,074.40");
            assertThat(Money.plainWan(new BigDecimal("20743990"))).isEqualTo("2074.40");
            assertThat(Money.formatYuan(new BigDecimal("2840530"))).isEqualTo("2,840,530.00");
        }

        @Test
        void groupsDigitsAsThePatternOfTheFormsDoes() {
            assertThat(Money.formatYuan(new BigDecimal("0"))).isEqualTo("0.00");
            assertThat(Money.formatYuan(new BigDecimal("999.995"))).isEqualTo("1,000.00");
            assertThat(Money.formatYuan(new BigDecimal("-123456.785"))).isEqualTo("-123,456.79");
            assertThat(Money.formatYuan(new BigDecimal("-0.004"))).isEqualTo("0.00");
            assertThat(Money.formatWan(new BigDecimal("-49"))).isEqualTo("0.00");
            // held to #,##0.00 half-up, as it printed before, over amounts of every length and sign
            java.text.DecimalFormat pattern = new java.text.DecimalFormat("#,##0.00",
                    java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT));
            pattern.setRoundingMode(java.math.RoundingMode.HALF_UP);
            java.util.Random random = new java.util.Random(14);
            for (int i = 0; i < 20_000; i++) {
                BigDecimal yuan = new BigDecimal(new java.math.BigInteger(1 + random.nextInt(60), random), random.nextInt(5));
                if (random.nextBoolean()) {
                    yuan = yuan.negate();
                }
                assertThat(Money.formatYuan(yuan)).as(yuan.toPlainString())
                        .isEqualTo(pattern.format(yuan.setScale(2, java.math.RoundingMode.HALF_UP)));
                assertThat(Money.formatWan(yuan)).as(yuan.toPlainString()).isEqualTo(pattern.format(Money.toWan(yuan)));
            }
        }
    }

    @Test
    void formatsRatesAndScores() {
        assertThat(Money.formatPercent(new BigDecimal("0.99995"))).isEqualTo("100.00%");
        assertThat(Money.formatPercent(new BigDecimal("0.4417"))).isEqualTo("44.17%");
        assertThat(Money.formatScore(new BigDecimal("96.0000"))).isEqualTo("96");
        assertThat(Money.formatScore(new BigDecimal("7.5"))).isEqualTo("7.5");
        assertThat(Money.formatScore(new BigDecimal("7.333333"))).isEqualTo("7.33");
    }

    @Test
    void printsMeansToTwoPlacesAlways() {
        assertThat(Money.formatMean(new BigDecimal("96.8000"))).isEqualTo("96.80");
        assertThat(Money.formatMean(new BigDecimal("95.1667"))).isEqualTo("95.17");
        assertThat(Money.formatMean(new BigDecimal("96.005"))).isEqualTo("96.01");
        assertThat(Money.formatMean(new BigDecimal("95"))).isEqualTo("95.00");
        assertThat(Money.formatMean(null)).isEmpty();
    }
}
