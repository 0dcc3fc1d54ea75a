package org.jixiao.batch;

/**
 * Where the job reports how far it is: a bar on a terminal, a line per stage and per tenth of the
 * work in a log. The command line supplies the implementation; stages call it from their listener.
 * Two stages may run at once (the tables and 地区汇总表 beside the departments' render), so each call
 * names its stage.
 */
public interface Progress {

    /** A stage starts; {@code total} units of work (0 when unknown), e.g. 5 文件 or 1,200 项目. */
    void begin(String stage, long total, String unit);

    /** {@code done} of the stage's units are finished; {@code detail} adds what an operator wants to see. */
    void advance(String stage, long done, String detail);

    /** The stage is over. */
    void end(String stage, String summary);

    /** Reports nothing, for tests and embedded use. */
    Progress SILENT = new Progress() {
        @Override
        public void begin(String stage, long total, String unit) {
        }

        @Override
        public void advance(String stage, long done, String detail) {
        }

        @Override
        public void end(String stage, String summary) {
        }
    };
}
