package org.jixiao.generate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.jixiao.filing.Column;
import org.jixiao.filing.Kind;
import org.jixiao.ingest.RawRow;

/**
 * One department's filings, made from its own seed: its 申报表 for the budget year (every project) and
 * its 自评表 for the year before (every third project), as the flat rows a filing gives — the
 * project's columns repeated on each of its indicator rows. Everything a department writes comes
 * from here; the shape writers only lay the rows out. Each kind draws from its own stream of the
 * department's seed, so either can be made first.
 */
final class DepartmentFilings {

    static final int TARGETS_YEAR = 2025;
    static final int SELF_EVALUATION_YEAR = TARGETS_YEAR - 1;

    private final CityPlan.PlannedDepartment department;
    private final Vocabulary words;
    private final Random random;
    private final Style style;
    private final List<Vocabulary.ProjectType> types;
    private final String unit;
    private final List<PlantedDefect> planted = new ArrayList<>();

    DepartmentFilings(CityPlan.PlannedDepartment department, Vocabulary words) {
        this.department = department;
        this.words = words;
        this.random = new Random(department.seed());
        this.style = Style.draw(random);
        List<Vocabulary.ProjectType> shuffled = new ArrayList<>(words.projects);
        Collections.shuffle(shuffled, random);
        this.types = shuffled;
        this.unit = style.ownUnit() ? ownUnit(department.name(), words.units.get(random.nextInt(words.units.size())))
                : department.name();
    }

    Style style() {
        return style;
    }

    CityPlan.PlannedDepartment department() {
        return department;
    }

    /** Each project's rows, in filing order. */
    List<List<RawRow>> targets() {
        TargetsProject maker = new TargetsProject(this, words, new Random(department.seed() + 1), TARGETS_YEAR);
        List<List<RawRow>> projects = new ArrayList<>();
        for (int k = 0; k < department.projects(); k++) {
            Defect defect = Defect.ofTargets(department.firstProject() + k);
            projects.add(maker.rows(k, type(k), defect));
            note(type(k).name(), defect);
        }
        return projects;
    }

    /** Each self-evaluated project's rows (every third project, the year before), in filing order. */
    List<List<RawRow>> selfEvaluations() {
        SelfEvaluationProject maker = new SelfEvaluationProject(this, words, new Random(department.seed() + 2));
        List<List<RawRow>> projects = new ArrayList<>();
        for (int s = 0; s < department.selfEvaluations(); s++) {
            int k = s * 3;
            Defect defect = Defect.ofSelfEvaluation(department.firstSelfEvaluation() + s);
            projects.add(maker.rows(k, type(k), defect));
            note(type(k).name(), defect);
        }
        return projects;
    }

    /** The defects planted so far, in filing order. */
    List<PlantedDefect> planted() {
        return List.copyOf(planted);
    }

    private void note(String project, Defect defect) {
        if (defect != null) {
            planted.add(new PlantedDefect(department.name(), project, defect.kind(), defect));
        }
    }

    Vocabulary.ProjectType type(int k) {
        return types.get(k % types.size());
    }

    /** The columns both kinds share, filled for project {@code k}; the rest left blank for the kind to fill. */
    String[] common(int k, int year, Vocabulary.ProjectType type) {
        String[] cells = new String[Column.values().length];
        cells[Column.年度.ordinal()] = Integer.toString(year);
        cells[Column.主管部门.ordinal()] = department.name();
        cells[Column.实施单位.ordinal()] = unit;
        cells[Column.项目名称.ordinal()] = type.name();
        cells[Column.项目性质.ordinal()] = type.nature();
        cells[Column.项目类别.ordinal()] = type.category();
        if (style.withRegion()) {
            cells[Column.地区.ordinal()] = department.region();
        }
        if (style.withCode()) {
            cells[Column.项目编码.ordinal()] = String.format("31%04d%02d%03d", department.index() % 10000, year % 100, k + 1);
        }
        return cells;
    }

    /** A goal of 2–4 sentences from the seeds' vocabulary, on several lines when the department writes so. */
    String goal(String project, Random random) {
        List<String> pool = new ArrayList<>(words.goals);
        int count = 2 + random.nextInt(3);
        StringBuilder goal = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0 && style.multilineGoals()) {
                goal.append('\n');
            }
            goal.append(pool.remove(random.nextInt(pool.size())).replace("{项目}", project));
        }
        return goal.toString();
    }

    /** What was achieved, one or two sentences. */
    String result(String project, Random random) {
        List<String> pool = new ArrayList<>(words.results);
        String first = pool.remove(random.nextInt(pool.size())).replace("{项目}", project);
        return random.nextBoolean() ? first : first + pool.get(random.nextInt(pool.size())).replace("{项目}", project);
    }

    String reason(Random random) {
        return words.reasons.get(random.nextInt(words.reasons.size()));
    }

    static RawRow row(Kind kind, String[] cells) {
        return new RawRow(null, kind, cells);
    }

    /** 上海市松江区教育局 → 上海市松江区教育信息中心: a unit under the department that carries the project out. */
    private static String ownUnit(String department, String suffix) {
        for (String end : new String[] {"委员会", "办公室", "局"}) {
            if (department.endsWith(end)) {
                return department.substring(0, department.length() - end.length()) + suffix;
            }
        }
        return department;
    }
}
