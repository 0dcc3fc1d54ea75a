package org.jixiao.filing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PairingTest {

    private record P(String code, String name) {
    }

    private static Pairing.Result<P> pair(List<P> left, List<P> right) {
        return Pairing.of(left, right, P::code, P::name);
    }

    @Test
    void codesPairFirstSoTwoProjectsOfOneNameAreNotCrossed() {
        P a = new P("A", "培训"), b = new P("B", "培训");
        P b2 = new P("B", "培训"), a2 = new P("A", "培训");
        Pairing.Result<P> r = pair(List.of(a, b), List.of(b2, a2));
        assertThat(r.pairs()).containsExactly(new Pairing.Pair<>(a, a2), new Pairing.Pair<>(b, b2));
        assertThat(r.leftOnly()).isEmpty();
        assertThat(r.rightOnly()).isEmpty();
    }

    @Test
    void theRestPairByNameWhateverTheirCodesSayAndTheUnpairedKeepTheirOrder() {
        P renumbered = new P("3100012401", "党建工作"), ended = new P(null, "人才工作"), kept = new P(null, "业务培训");
        P next = new P("3100012501", "党建 工作"), keptNext = new P(null, "业务培训"), fresh = new P(null, "党代表工作经费");
        Pairing.Result<P> r = pair(List.of(renumbered, ended, kept), List.of(fresh, next, keptNext));
        assertThat(r.pairs()).containsExactly(new Pairing.Pair<>(renumbered, next), new Pairing.Pair<>(kept, keptNext));
        assertThat(r.leftOnly()).containsExactly(ended);
        assertThat(r.rightOnly()).containsExactly(fresh);
    }

    @Test
    void aNameFiledTwiceOnOneSidePairsOnce() {
        P one = new P(null, "培训"), two = new P(null, "培训"), other = new P(null, "培训");
        Pairing.Result<P> r = pair(List.of(one, two), List.of(other));
        assertThat(r.pairs()).containsExactly(new Pairing.Pair<>(one, other));
        assertThat(r.leftOnly()).containsExactly(two);
    }
}
