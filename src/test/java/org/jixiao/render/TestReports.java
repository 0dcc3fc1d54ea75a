package org.jixiao.render;

/** One Reports for all unit-level tests in the JVM: fonts load and templates compile once. */
final class TestReports {

    private static Reports reports;

    private TestReports() {
    }

    static synchronized Reports get() {
        if (reports == null) {
            reports = Reports.standard();
        }
        return reports;
    }
}
