package org.jixiao.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jixiao.filing.Indicator;
import org.jixiao.filing.SourceRef;
import org.jixiao.filing.TargetValue;
import org.junit.jupiter.api.Test;

class SpansTest {

    private static Indicator row(String l1, String l2, String l3) {
        return new Indicator(new SourceRef("f.csv", null, 1), l1, l2, l3, TargetValue.parse("及时"), null, null, null, null);
    }

    @Test
    void consecutiveRowsWithTheSameNamesMerge() {
        List<Spans.Level1> spans = Spans.of(List.of(row("产出指标", "数量指标", "a"), row("产出指标", "数量指标", "b"),
                row("产出指标", "质量指标", "c"), row("效益指标", "社会效益指标", "d")));
        assertThat(spans).extracting(Spans.Level1::name).containsExactly("产出指标", "效益指标");
        assertThat(spans.get(0).runs()).extracting(Spans.Level2::name).containsExactly("数量指标", "质量指标");
        assertThat(spans.get(0).runs().get(0).rows()).extracting(Indicator::level3).containsExactly("a", "b");
    }

    @Test
    void aLevelOneThatComesBackLaterStartsANewRunAndASecondLevelNeverCrossesIt() {
        List<Spans.Level1> spans = Spans.of(List.of(row("成本指标", "成本指标", "a"), row("产出指标", "成本指标", "b"),
                row("成本指标", "成本指标", "c")));
        assertThat(spans).extracting(Spans.Level1::name).containsExactly("成本指标", "产出指标", "成本指标");
        assertThat(spans).allSatisfy(s -> assertThat(s.runs()).hasSize(1));
    }

    @Test
    void blankCellsAreARunOfTheirOwnAndPrintBlank() {
        List<Spans.Level1> spans = Spans.of(List.of(row(" ", null, "a"), row(null, "", "b")));
        assertThat(spans).hasSize(1);
        assertThat(spans.get(0).name()).isNull();
        assertThat(spans.get(0).runs()).hasSize(1);
    }
}
