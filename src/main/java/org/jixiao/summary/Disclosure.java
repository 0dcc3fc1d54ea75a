package org.jixiao.summary;

import org.jixiao.filing.Money;

/** The public-disclosure sentences (seeds 000/001), generated from the totals. */
public final class Disclosure {

    private Disclosure() {
    }

    /** {@code 编报绩效目标的项目7个，涉及项目预算资金802.32万元，其中预算金额1000万元（含）以上的项目有0个。} */
    public static String sentence(TargetTotals t) {
        return "编报绩效目标的项目" + t.projects() + "个，涉及项目预算资金" + Money.plainWan(t.annual())
                + "万元，其中预算金额1000万元（含）以上的项目有" + t.large() + "个。";
    }

    /** The 绩效目标设置情况 paragraph of a department's disclosure edition. */
    public static String paragraph(int year, TargetTotals t) {
        return "按照本市预算绩效管理工作的总体要求，本部门开展了" + year + "年项目预算绩效目标编报工作，" + sentence(t);
    }
}
