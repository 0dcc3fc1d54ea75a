package org.jixiao.findings;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.filing.FiledRow;
import org.jixiao.filing.Kind;
import org.jixiao.filing.Project;
import org.jixiao.filing.ScoringPolicy;
import org.jixiao.ingest.ProjectAssembler;
import org.jixiao.ingest.ProjectKeys;
import org.jixiao.ingest.RawRow;
import org.jixiao.ingest.RowSource;
import org.jixiao.ingest.RowSources;
import org.jixiao.ingest.SourceItem;
import org.jixiao.ingest.SourceProblem;

/**
 * One filing read the way the night reads it, without a store, for the rule tests' tiny fixtures:
 * the reader's findings about the file, then each project assembled (the rules on its values) and,
 * when accepted, checked ({@link ProjectChecks}). Every finding made, in that order.
 */
final class Filed {

    /** The header of a flat 申报表 in CSV with the required columns, and a clean row under it. */
    static final String TARGETS_HEADER = "年度,主管部门,项目名称,年度资金申请总额,一级指标,二级指标,三级指标,指标值";
    static final String TARGETS_ROW = "2025,中共上海市松江区委组织部,党建工作,2030000,产出指标,数量指标,开展活动数量,≥2.00(次)";

    /** The header of a flat 自评表 in CSV, and clean rows under it that score 100 in the standard weights. */
    static final String SELF_HEADER = "年度,主管部门,项目名称,全年预算数,全年执行数,一级指标,二级指标,三级指标,年度指标值,实际完成值,分值,得分";
    static final String[] SELF_ROWS = {
        "2024,中共上海市松江区委组织部,党建工作,100000,100000,产出指标,数量指标,开展活动次数,≥2次,=3次,50,50",
        "2024,中共上海市松江区委组织部,党建工作,100000,100000,效益指标,社会效益指标,政策知晓率,≥90%,=95%,30,30",
        "2024,中共上海市松江区委组织部,党建工作,100000,100000,满意度指标,服务对象满意度指标,群众满意度,≥90%,=96%,10,10"};

    private static final ScoringPolicy POLICY = ScoringPolicy.national();

    private final List<Finding> findings;
    private final List<Project> projects;

    private Filed(List<Finding> findings, List<Project> projects) {
        this.findings = List.copyOf(findings);
        this.projects = List.copyOf(projects);
    }

    /** A CSV of these lines, in UTF-8, named {@code a.csv} in {@code dir}. */
    static Filed csv(Path dir, String... lines) throws IOException {
        return csv(dir, StandardCharsets.UTF_8, String.join("\n", lines) + "\n");
    }

    static Filed csv(Path dir, Charset charset, String text) throws IOException {
        return read(Files.write(dir.resolve("a.csv"), text.getBytes(charset)));
    }

    /** A 申报表 CSV of the clean row with one column's value replaced ({@code null}: blank). */
    static Filed targetsWith(Path dir, String column, String value) throws IOException {
        return csv(dir, TARGETS_HEADER + "," + column, TARGETS_ROW + "," + (value == null ? "" : value));
    }

    static Filed read(Path file) throws IOException {
        String name = file.getFileName().toString();
        List<Finding> findings = new ArrayList<>();
        List<Project> projects = new ArrayList<>();
        Map<String, List<FiledRow>> byProject = new LinkedHashMap<>();
        ProjectKeys keys = new ProjectKeys();
        try (RowSource source = RowSources.open(file, name)) {
            int seq = 0;
            for (SourceItem item = source.next(); item != null; item = source.next()) {
                if (item instanceof RawRow row) {
                    String key = keys.assign(row);
                    byProject.computeIfAbsent(key, k -> new ArrayList<>()).add(new FiledRow(0, seq++, row.source(), row.kind(), key, row.cells()));
                } else {
                    findings.add(((SourceProblem) item).finding().in(name));
                }
            }
        }
        ProjectChecks checks = new ProjectChecks(POLICY);
        for (List<FiledRow> rows : byProject.values()) {
            ProjectAssembler.Assembly a = new ProjectAssembler().assemble(rows);
            findings.addAll(a.findings());
            if (!a.rejected()) {
                projects.add(a.project());
                findings.addAll(checks.check(a.project(), a.project().kind() == Kind.SELF_EVALUATION ? POLICY.evaluate(a.project()) : null));
            }
        }
        return new Filed(findings, projects);
    }

    List<Finding> findings() {
        return findings;
    }

    /** The findings of one rule. */
    List<Finding> of(Rule rule) {
        return findings.stream().filter(f -> f.rule() == rule).toList();
    }

    List<Rule> rules() {
        return findings.stream().map(Finding::rule).toList();
    }

    List<Project> projects() {
        return projects;
    }
}
