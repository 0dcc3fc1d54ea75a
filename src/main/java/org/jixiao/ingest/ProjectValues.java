package org.jixiao.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jixiao.filing.Column;
import org.jixiao.filing.FiledRow;
import org.jixiao.filing.Money;
import org.jixiao.filing.SourceRef;
import org.jixiao.findings.E04AmountInvalid;
import org.jixiao.findings.E05ScoreInvalid;
import org.jixiao.findings.E08ValueOutOfRange;
import org.jixiao.findings.Finding;
import org.jixiao.findings.Severity;
import org.jixiao.findings.W13ValueUnreadable;

/**
 * Reads one project's values by the contract's grammar and hands each, as filed and as read, to the
 * rules on values in {@code findings} — E04 a required amount, E05 a score, E08 a value past its limit,
 * W13 an optional value that cannot be read (then absent) — keeping what they find: a 错误 rejects the
 * project.
 */
final class ProjectValues {

    private final ProjectColumns cols;
    private final List<FiledRow> rows;
    private final SourceRef first;
    private final List<Finding> findings;
    private boolean rejected;

    ProjectValues(ProjectColumns cols, List<FiledRow> rows, List<Finding> findings) {
        this.cols = cols;
        this.rows = rows;
        this.first = rows.get(0).source();
        this.findings = findings;
        this.rejected = findings.stream().anyMatch(ProjectValues::refuses);
    }

    boolean rejected() {
        return rejected;
    }

    /** Keeps what a rule found, if anything; a 错误 rejects the project. Whether it found something. */
    boolean found(Optional<Finding> finding) {
        finding.ifPresent(f -> {
            findings.add(f);
            rejected |= refuses(f);
        });
        return finding.isPresent();
    }

    private static boolean refuses(Finding f) {
        return f.severity() == Severity.错误;
    }

    /** Where a project column's value was filed: the project's first row when it is blank throughout. */
    SourceRef at(Column c) {
        return cols.source(c, first);
    }

    /** An indicator's 分值 or 得分: required, a number of points. */
    BigDecimal score(FiledRow row, Column c) {
        String raw = row.get(c);
        BigDecimal n = raw == null ? null : Values.number(raw);
        if (found(E05ScoreInvalid.indicator(c.name(), raw, n, row.get(Column.三级指标), row.source()))) {
            return null;
        }
        found(E08ValueOutOfRange.score(c.name(), raw, n, row.source()));
        return n;
    }

    BigDecimal requiredMoney(Column c) {
        Money.Parsed m = Money.parse(cols.value(c));
        found(E04AmountInvalid.check(c.name(), cols.value(c), m, at(c)));
        return withinLimits(c, m.value());
    }

    BigDecimal money(Column c) {
        Money.Parsed m = Money.parse(cols.value(c));
        found(W13ValueUnreadable.amount(c.name(), cols.value(c), m, at(c)));
        return withinLimits(c, m.value());
    }

    private BigDecimal withinLimits(Column c, BigDecimal amount) {
        if (amount != null) {
            found(E08ValueOutOfRange.amount(c.name(), cols.value(c), amount, at(c)));
        }
        return amount;
    }

    /** 资金分值, 资金得分, 总分, 总得分: optional (unreadable is a 问题), but never a percentage and never out of range. */
    BigDecimal number(Column c) {
        String raw = cols.value(c);
        if (found(E05ScoreInvalid.project(c.name(), raw, at(c)))) {
            return null;
        }
        BigDecimal n = Values.number(raw);
        found(W13ValueUnreadable.number(c.name(), raw, n, at(c)));
        if (n != null) {
            found(E08ValueOutOfRange.score(c.name(), raw, n, at(c)));
        }
        return n;
    }

    BigDecimal rate() {
        String raw = cols.value(Column.执行率);
        BigDecimal r = Values.rate(raw);
        found(W13ValueUnreadable.number(Column.执行率.name(), raw, r, at(Column.执行率)));
        if (r != null) {
            found(E08ValueOutOfRange.rate(raw, r, at(Column.执行率)));
        }
        return r;
    }

    /** Every text cell of the project within its column's limit: the project columns, then each indicator row's. */
    void textLimits() {
        found(E08ValueOutOfRange.projectRows(rows.size(), first));
        for (Column c : Column.values()) {
            if (c.type() == Column.Type.TEXT && c.level() == Column.Level.PROJECT) {
                found(E08ValueOutOfRange.text(c.name(), cols.value(c), at(c)));
            }
        }
        for (FiledRow row : rows) {
            for (Column c : Column.values()) {
                if (c.type() == Column.Type.TEXT && c.level() == Column.Level.INDICATOR) {
                    found(E08ValueOutOfRange.text(c.name(), row.get(c), row.source()));
                }
            }
        }
    }

    LocalDate date(Column c) {
        LocalDate d = Values.date(cols.value(c));
        found(W13ValueUnreadable.date(c.name(), cols.value(c), d, at(c)));
        return d;
    }

    /** 执行率 computed from the amounts stays a rate (E08): checked once the amounts are read and the project stands. */
    void rates(BigDecimal initial, BigDecimal adjusted, BigDecimal executed) {
        if (!rejected) {
            found(E08ValueOutOfRange.executed(initial, at(Column.年初预算数), adjusted, executed, at(Column.全年执行数)));
        }
    }
}
