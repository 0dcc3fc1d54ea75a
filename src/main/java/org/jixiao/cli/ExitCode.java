package org.jixiao.cli;

/** The process exit codes, so a scheduler can tell how the night went. */
public enum ExitCode {
    /** Everything read, checked and published. */
    OK(0),
    /** The run failed: nothing new was published (the message says why). */
    FAILED(1),
    /** The run finished and published, but some filings or projects were rejected (错误 findings). */
    REJECTIONS(2),
    /** Another run is using the same store; this one touched nothing. */
    BUSY(3),
    /** The command line was wrong. */
    USAGE(64);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
