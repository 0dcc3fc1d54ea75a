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
}
