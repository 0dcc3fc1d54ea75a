package org.jixiao.render;

/** One Reports for all unit-level tests in the JVM: fonts load and templates compile once. */
final class TestReports {

    private static Reports reports;

    private TestReports() {
    }

    /** A rendered part as it is published on its own: numbered 第 X 页 共 Y 页, its projects bookmarked. */
    static Rendered alone(Rendered part) {
        return new Editions(get()).alone(part, "测试", Printing.FINAL, java.time.LocalDate.of(2026, 11, 21));
    }

    static synchronized Reports get() {
        if (reports == null) {
            reports = Reports.standard();
        }
        return reports;
    }

    /** The cover of the sample book the binder tests bind: 松江区, 2025. */
    static Rendered sampleCover(java.time.LocalDate runDate) {
        return get().bookCover("2025年度项目支出绩效目标汇编", "松江区", null, "主管部门 1 个　项目 3 个", runDate, false);
    }

    /** Three projects' 申报表 in one part: a short one, one of 40 indicators with a long goal, a third. */
    static Rendered sampleTargets(java.time.LocalDate runDate) {
        return get().targetForms(java.util.List.of(Samples.target("党建工作", 12, "短目标。", null),
                Samples.target("长目标项目", 40, Samples.LONG_GOAL, null), Samples.target("第三个项目", 3, "目标。", null)), "测试",
                runDate);
    }
}
