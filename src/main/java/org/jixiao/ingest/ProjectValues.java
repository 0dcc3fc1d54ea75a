package org.jixiao.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jixiao.filing.Money;
import org.jixiao.filing.Text;
import org.jixiao.findings.Finding;
import org.jixiao.findings.Rule;

/**
 * Reads one project's values by the contract's grammar and within {@link ValueLimits}, recording what
 * it finds: a required value missing or unreadable, or any value past its limit, rejects the project
 * (错误 at its cell); an optional value that cannot be read is a 问题 and treated as absent.
 */
final class ProjectValues {

    private final ProjectColumns cols;
    private final List<FiledRow> rows;
    private final org.jixiao.filing.SourceRef first;
    private final List<Finding> findings;
    private boolean rejected;

    ProjectValues(ProjectColumns cols, List<FiledRow> rows, List<Finding> findings) {
        this.cols = cols;
        this.rows = rows;
        this.first = rows.get(0).source();
        this.findings = findings;
        this.rejected = !findings.isEmpty();
    }

    boolean rejected() {
        return rejected;
    }

    BigDecimal score(FiledRow row, Column c) {
        String raw = row.get(c);
        BigDecimal n = raw == null || ValueLimits.percent(raw) ? null : Values.number(raw);
        if (n == null) {
            rejected = true;
            findings.add(Finding.at(Rule.SCORE_INVALID, row.source(), c.name(), raw == null
                    ? "「" + c.name() + "」为空（三级指标「" + Text.shown(row.get(Column.三级指标)) + "」），项目未导入"
                    : ValueLimits.percent(raw) ? percentScore(c, raw)
                    : "「" + c.name() + "」「" + Text.shown(raw) + "」不是数字，项目未导入"));
            return null;
        }
        String limit = ValueLimits.score(c, raw, n);
        if (limit != null) {
            rejected = true;
            findings.add(Finding.at(Rule.VALUE_OUT_OF_RANGE, row.source(), c.name(), limit));
        }
        return n;
    }

    /** A score written as a percentage: points are asked for; reading 100% as 1 point would misgrade the project. */
    private static String percentScore(Column c, String raw) {
        return "「" + c.name() + "」「" + Text.shown(raw) + "」是百分数，而" + c.name() + "应填分数（如 9.5），项目未导入；"
                + "请按百分制填写分数，不要写成百分比";
    }

    BigDecimal requiredMoney(Column c) {
        String raw = cols.value(c);
        Money.Parsed m = Money.parse(raw);
        if (m.value() == null) {
            error(Rule.AMOUNT_INVALID, c, m.absent() ? "「" + c.name() + "」为空，项目未导入"
                    : "「" + c.name() + "」「" + Text.shown(raw) + "」不是金额（应为 2,840,530.00 这样的元数），项目未导入");
        }
        return withinLimits(c, m.value());
    }

    BigDecimal money(Column c) {
        Money.Parsed m = Money.parse(cols.value(c));
        if (m.unreadable()) {
            unreadable(c, "金额");
        }
        return withinLimits(c, m.value());
    }

    private BigDecimal withinLimits(Column c, BigDecimal amount) {
        String limit = amount == null ? null : ValueLimits.amount(c, cols.value(c), amount);
        if (limit != null) {
            error(Rule.VALUE_OUT_OF_RANGE, c, limit);
        }
        return amount;
    }

    /** 资金分值, 资金得分, 总分, 总得分: optional (unreadable is a 问题), but never a percentage and never out of range. */
    BigDecimal number(Column c) {
        String raw = cols.value(c);
        if (ValueLimits.percent(raw)) {
            error(Rule.SCORE_INVALID, c, percentScore(c, raw));
            return null;
        }
        BigDecimal n = read(c, Values.number(raw));
        String limit = n == null ? null : ValueLimits.score(c, raw, n);
        if (limit != null) {
            error(Rule.VALUE_OUT_OF_RANGE, c, limit);
        }
        return n;
    }

    BigDecimal rate() {
        String raw = cols.value(Column.执行率);
        BigDecimal r = read(Column.执行率, Values.rate(raw));
        String limit = r == null ? null : ValueLimits.rate(raw, r);
        if (limit != null) {
            error(Rule.VALUE_OUT_OF_RANGE, Column.执行率, limit);
        }
        return r;
    }

    /** Every text cell of the project within its column's limit: the project columns, then each indicator row's. */
    void textLimits() {
        if (rows.size() > ValueLimits.MAX_PROJECT_ROWS) {
            rejected = true;
            findings.add(Finding.at(Rule.VALUE_OUT_OF_RANGE, first, Column.项目名称.name(), "同一项目有" + rows.size() + "行，超过上限"
                    + ValueLimits.MAX_PROJECT_ROWS + "行，不像是一个项目的指标（可能是多个项目填了同一名称），项目未导入"));
        }
        for (Column c : Column.values()) {
            if (c.type() != Column.Type.TEXT) {
                continue;
            }
            String limit = c.level() == Column.Level.PROJECT ? ValueLimits.text(c, cols.value(c)) : null;
            if (limit != null) {
                error(Rule.VALUE_OUT_OF_RANGE, c, limit);
            }
        }
        for (FiledRow row : rows) {
            for (Column c : Column.values()) {
                String limit = c.type() == Column.Type.TEXT && c.level() == Column.Level.INDICATOR ? ValueLimits.text(c, row.get(c)) : null;
                if (limit != null) {
                    rejected = true;
                    findings.add(Finding.at(Rule.VALUE_OUT_OF_RANGE, row.source(), c.name(), limit));
                }
            }
        }
    }

    LocalDate date(Column c) {
        return read(c, Values.date(cols.value(c)));
    }

    private <T> T read(Column c, T value) {
        if (value == null && cols.value(c) != null && !Text.isAbsent(cols.value(c))) {
            unreadable(c, c.type() == Column.Type.DATE ? "日期" : "数值");
        }
        return value;
    }

    private void unreadable(Column c, String what) {
        findings.add(Finding.at(Rule.VALUE_UNREADABLE, cols.source(c, first), c.name(),
                "「" + c.name() + "」「" + Text.shown(cols.value(c)) + "」不是有效的" + what + "，按未填写处理"));
    }

    void error(Rule rule, Column c, String message) {
        rejected = true;
        findings.add(Finding.at(rule, cols.source(c, first), c.name(), message));
    }

    /**
     * 执行率 computed from the amounts stays a rate: an executed amount a million times its budget is
     * an amount in the wrong unit, and no rate the store keeps.
     */
    void rates(BigDecimal initial, BigDecimal adjusted, BigDecimal executed) {
        if (executed == null || rejected) {
            return;
        }
        if (adjusted != null && adjusted.signum() > 0 && executed.compareTo(adjusted.multiply(ValueLimits.MAX_RATE)) > 0) {
            error(Rule.VALUE_OUT_OF_RANGE, Column.全年执行数, "全年执行数 " + Money.formatYuan(executed) + " 元超过全年预算数 "
                    + Money.formatYuan(adjusted) + " 元的10倍（执行率超过1000%），金额可能填错了单位，项目未导入");
        } else if (initial != null && initial.signum() > 0 && executed.compareTo(initial.multiply(MAX_INITIAL_RATE)) > 0) {
            error(Rule.VALUE_OUT_OF_RANGE, Column.年初预算数, "年初预算数 " + Money.formatYuan(initial) + " 元不到全年执行数 "
                    + Money.formatYuan(executed) + " 元的百万分之一，金额可能填错了单位，项目未导入");
        }
    }

    /** Executed over the initial budget: far above the adjusted rate's limit (budgets are adjusted), bounded all the same. */
    private static final BigDecimal MAX_INITIAL_RATE = new BigDecimal("1000000");
}
