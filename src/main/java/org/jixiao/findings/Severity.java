package org.jixiao.findings;

/** The contract's three severities (filings.md §4). */
public enum Severity {
    /** The project (or file) is rejected. */
    错误,
    /** Kept and flagged: the analyst should look. */
    问题,
    /** Advice: kept, printed as filed. */
    提示
}
