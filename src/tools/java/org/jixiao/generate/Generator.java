package org.jixiao.generate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jixiao.filing.Kind;
import org.jixiao.ingest.RawRow;

/**
 * Writes the filings of a synthetic city (issue 7): about ten projects per department, departments
 * spread over the 地区, every project's 申报表 and every third project's 自评表 of the year before, in
 * all three shapes, with a few planted defects; with {@link Years#BOTH} also each department's 申报表 of
 * the year before, which its 自评表 evaluate (issue 17), with a few planted mismatches. One department is
 * in memory at a time, and the same project count and seed give the same bytes: seeded
 * {@link java.util.Random} streams, no clock, no hash order. The 2024 申报表 come from a stream of their
 * own, so every other file is the same whether they are written or not.
 */
public final class Generator {

    private final Vocabulary words = Vocabulary.standard();

    /** Which 申报表 a city files: the budget year's only (the benchmark's city), or the year before's too. */
    public enum Years {
        /** 2025 申报表 and 2024 自评表, as the benchmark has always measured. */
        ONE,
        /** Also every department's 2024 申报表: 自评表 with the targets they evaluate, and a year to compare 2025 with. */
        BOTH
    }

    /** A city in all three shapes, the budget year's 申报表 only. */
    public Generated generate(int projects, long seed, Path folder) throws IOException {
        return generate(projects, seed, Mix.ALL, folder);
    }

    public Generated generate(int projects, long seed, Mix mix, Path folder) throws IOException {
        return generate(projects, seed, mix, Years.ONE, folder);
    }

    /**
     * @param mix all three shapes, or flat CSV only
     * @param years whether the year before's 申报表 are written too
     * @param folder created if absent; must be empty, so that a run on it reads only this city
     */
    public Generated generate(int projects, long seed, Mix mix, Years years, Path folder) throws IOException {
        requireEmpty(folder);
        List<CityPlan.PlannedDepartment> plan = CityPlan.plan(projects, seed, mix, words);
        Map<Shape, Integer> byShape = new EnumMap<>(Shape.class);
        Set<String> regions = new LinkedHashSet<>();
        List<PlantedDefect> planted = new ArrayList<>();
        List<PlantedMismatch> mismatches = new ArrayList<>();
        int previousProjects = 0;
        long previousRows = 0;
        int files = 0;
        int selfProjects = 0;
        long targetsRows = 0;
        long selfRows = 0;
        for (CityPlan.PlannedDepartment d : plan) {
            DepartmentFilings filings = new DepartmentFilings(d, words);
            List<List<RawRow>> targets = filings.targets();
            List<List<RawRow>> self = filings.selfEvaluations();
            Path region = Files.createDirectories(folder.resolve(d.region()));
            write(region.resolve(fileName(d, Kind.TARGETS, DepartmentFilings.TARGETS_YEAR)), d.shape(), Kind.TARGETS, filings.style(), targets);
            write(region.resolve(fileName(d, Kind.SELF_EVALUATION, DepartmentFilings.SELF_EVALUATION_YEAR)), d.shape(),
                    Kind.SELF_EVALUATION, filings.style(), self);
            files += 2;
            if (years == Years.BOTH) {
                PreviousTargets previous = new PreviousTargets(filings, words);
                List<List<RawRow>> declared = previous.rows(self);
                write(region.resolve(fileName(d, Kind.TARGETS, PreviousTargets.YEAR)), d.shape(), Kind.TARGETS, filings.style(), declared);
                files++;
                mismatches.addAll(previous.planted());
                previousProjects += declared.size();
                previousRows += declared.stream().mapToLong(List::size).sum();
            }
            byShape.merge(d.shape(), 1, Integer::sum);
            regions.add(d.region());
            planted.addAll(filings.planted());
            selfProjects += self.size();
            targetsRows += targets.stream().mapToLong(List::size).sum();
            selfRows += self.stream().mapToLong(List::size).sum();
        }
        return new Generated(folder, plan.size(), regions.size(), byShape, files, projects, selfProjects, targetsRows, selfRows,
                planted, previousProjects, previousRows, mismatches);
    }

    /** {@code 上海市松江区教育局-2025-绩效目标.csv}; a form workbook says 表单. */
    static String fileName(CityPlan.PlannedDepartment d, Kind kind, int year) {
        String form = d.shape() == Shape.XLSX_FORM ? "-表单" : "";
        return d.name() + "-" + year + "-" + kind.label() + form + "." + d.shape().extension();
    }

    private static void write(Path target, Shape shape, Kind kind, Style style, List<List<RawRow>> projects) throws IOException {
        switch (shape) {
            case XLSX_FLAT -> FlatXlsxFiling.write(target, kind, style, projects);
            case XLSX_FORM -> FormXlsxFiling.write(target, kind, style, projects);
            default -> CsvFiling.write(target, shape, kind, style, projects);
        }
    }

    private static void requireEmpty(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            try (Stream<Path> entries = Files.list(folder)) {
                if (entries.findAny().isPresent()) {
                    throw new IOException("输出目录不为空，请换一个目录或先清空：" + folder + " / the folder is not empty");
                }
            }
        }
        Files.createDirectories(folder);
    }
}
