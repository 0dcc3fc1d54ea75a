package org.jixiao.findings;

import org.jixiao.filing.Projects;

/** A 申报表 and its 自评 for the rules that hold one against the other (W14, W15, W16, I09, I10). */
final class Pairs {

    private Pairs() {
    }

    /** The 申报表 of 党建工作: two indicators, 年度资金申请总额 100,000 元. */
    static Projects declared() {
        return Projects.targets().annual("100000", "100000", "0", "0")
                .indicator("产出指标", "数量指标", "开展活动次数", "≥2次")
                .indicator("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%");
    }

    /** Its 自评 evaluating both, written as another clerk writes them; 年初预算数 100,000 元. */
    static Projects evaluated() {
        return Projects.selfEvaluation().budget("100000", "100000", "100000")
                .scored("产出指标", "数量指标", "开展活动次数", ">=2.00(次)", "=3次", "80", "80", null)
                .scored("满意度指标", "服务对象满意度指标", "群众满意度", "≥90.00(%)", "=96%", "10", "10", null);
    }
}
