package org.jixiao.generate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The words synthetic filings are made of, read from {@code vocabulary.txt} beside this class: 地区,
 * department names, project names with their 性质 and 类别, indicators with their value patterns,
 * and the sentences goals, results and deviation reasons are built from. Lists keep the file's
 * order, so a seed always draws the same words.
 */
final class Vocabulary {

    /** A 项目名称 with the 项目性质 and 项目类别 it is usually filed under. */
    record ProjectType(String name, String nature, String category) {
    }

    /** One 三级指标 under its 一级 and 二级, with the pattern its 指标值 is drawn from. */
    record IndicatorTemplate(String level1, String level2, String level3, ValueSpec value) {
    }

    private static final Vocabulary STANDARD = read("vocabulary.txt");

    final List<String> districts;
    final List<String> cityDepartments;
    final List<String> districtDepartments;
    final List<String> streets;
    /** 地区 → its 镇 (the central districts have none). */
    final Map<String, List<String>> towns;
    final List<String> units;
    final List<ProjectType> projects;
    /** 二级 → its indicators, 二级 in the order the file lists them. */
    final Map<String, List<IndicatorTemplate>> indicators;
    final List<String> goals;
    final List<String> results;
    final List<String> reasons;

    private Vocabulary(Map<String, List<String>> sections) {
        districts = section(sections, "districts");
        cityDepartments = section(sections, "city-departments");
        districtDepartments = section(sections, "district-departments");
        streets = section(sections, "streets");
        towns = new LinkedHashMap<>();
        for (String line : section(sections, "towns")) {
            List<String> fields = List.of(line.split("\\|"));
            towns.put(fields.get(0), fields.subList(1, fields.size()));
        }
        units = section(sections, "units");
        goals = section(sections, "goals");
        results = section(sections, "results");
        reasons = section(sections, "reasons");
        projects = section(sections, "projects").stream().map(line -> {
            String[] f = fields(line, 3);
            return new ProjectType(f[0], f[1], f[2]);
        }).toList();
        Map<String, List<IndicatorTemplate>> byLevel2 = new LinkedHashMap<>();
        for (String line : section(sections, "indicators")) {
            String[] f = fields(line, 4);
            byLevel2.computeIfAbsent(f[1], k -> new ArrayList<>()).add(new IndicatorTemplate(f[0], f[1], f[2], ValueSpec.parse(f[3])));
        }
        indicators = byLevel2;
    }

    static Vocabulary standard() {
        return STANDARD;
    }

    /** The indicators of a 二级 (empty when the vocabulary has none). */
    List<IndicatorTemplate> indicators(String level2) {
        return indicators.getOrDefault(level2, List.of());
    }

    private static Vocabulary read(String resource) {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        try (InputStream in = Vocabulary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("生成器词表缺失：" + resource);
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> current = null;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String s = line.strip();
                if (s.isEmpty() || s.startsWith("#")) {
                    continue;
                }
                if (s.startsWith("[") && s.endsWith("]")) {
                    current = sections.computeIfAbsent(s.substring(1, s.length() - 1), k -> new ArrayList<>());
                } else if (current == null) {
                    throw new IllegalStateException("生成器词表格式错误（条目不在任何 [节] 下）：" + s);
                } else {
                    current.add(s);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Vocabulary(sections);
    }

    private static List<String> section(Map<String, List<String>> sections, String name) {
        List<String> s = sections.get(name);
        if (s == null || s.isEmpty()) {
            throw new IllegalStateException("生成器词表缺少 [" + name + "]");
        }
        return List.copyOf(s);
    }

    private static String[] fields(String line, int count) {
        String[] f = line.split("\\|", -1);
        if (f.length != count) {
            throw new IllegalStateException("生成器词表条目应有 " + count + " 个字段：" + line);
        }
        for (int i = 0; i < f.length; i++) {
            f[i] = f[i].strip();
        }
        return f;
    }
}
