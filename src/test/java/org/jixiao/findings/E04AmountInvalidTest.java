package org.jixiao.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class E04AmountInvalidTest {

    @TempDir
    Path dir;

    private Filed filedWithAmount(String amount) throws IOException {
        return Filed.csv(dir, Filed.TARGETS_HEADER, Filed.TARGETS_ROW.replace("2030000", amount));
    }

    @Test
    void anAmountThatIsNoAmountRejectsTheProject() throws IOException {
        Filed filed = filedWithAmount("二百万");
        assertThat(filed.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(Rule.AMOUNT_INVALID);
            assertThat(f.severity()).isEqualTo(Severity.错误);
            assertThat(f.column()).isEqualTo("年度资金申请总额");
            assertThat(f.message()).isEqualTo("「年度资金申请总额」「二百万」不是金额（应为 2,840,530.00 这样的元数），项目未导入");
        });
        assertThat(filed.projects()).isEmpty();
    }

    @Test
    void aMissingRequiredAmountRejectsTheProject() throws IOException {
        assertThat(filedWithAmount("—").of(Rule.AMOUNT_INVALID)).singleElement()
                .satisfies(f -> assertThat(f.message()).isEqualTo("「年度资金申请总额」为空，项目未导入"));
    }

    @Test
    void aSelfEvaluationWithoutItsSpendingIsRejected() throws IOException {
        Filed filed = Filed.csv(dir, Filed.SELF_HEADER, Filed.SELF_ROWS[0].replace("100000,100000", "100000,未知"));
        assertThat(filed.of(Rule.AMOUNT_INVALID)).extracting(Finding::column).containsExactly("全年执行数");
    }

    @Test
    void amountsAsFilersWriteThemAreRead() throws IOException {
        for (String amount : new String[] {"\"2,030,000.00\"", "￥2030000元", "2030000.00"}) {
            Filed filed = filedWithAmount(amount);
            assertThat(filed.findings()).as(amount).isEmpty();
            assertThat(filed.projects().get(0).funds().annual()).as(amount).isEqualByComparingTo("2030000");
        }
    }
}
