package org.jixiao.generate;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jixiao.filing.Departments;

/**
 * Who files what in a synthetic city: departments spread over the 地区 (about one in seven 市级),
 * each with 7–13 projects (10 on average) and one shape. The plan is a few numbers per department;
 * the filings themselves are made one department at a time from each department's own seed.
 */
final class CityPlan {

    /** One department: its name and 地区, its shape, its projects (and self-evaluations) and where they start in the city. */
    record PlannedDepartment(int index, String name, String region, Shape shape, int projects, int firstProject,
            int firstSelfEvaluation, long seed) {

        /** Self-evaluations are filed for every third project (local index 0, 3, 6 …), as of the previous year. */
        int selfEvaluations() {
            return (projects + 2) / 3;
        }
    }

    static final int MIN_PROJECTS = 7;
    static final int MAX_PROJECTS = 13;
    private static final int CITY_LEVEL_PERCENT = 15;

    private CityPlan() {
    }

    static List<PlannedDepartment> plan(int projects, long seed, Mix mix, Vocabulary words) {
        if (projects < 1) {
            throw new IllegalArgumentException("项目数至少为 1 / at least one project: " + projects);
        }
        Random random = new Random(seed);
        Names names = new Names(words, random);
        List<PlannedDepartment> plan = new ArrayList<>();
        int first = 0;
        int firstSelf = 0;
        while (first < projects) {
            int size = size(projects - first, random);
            String region = random.nextInt(100) < CITY_LEVEL_PERCENT ? Departments.CITY_LEVEL
                    : words.districts.get(random.nextInt(words.districts.size()));
            String name = names.next(region);
            Shape shape = Shape.draw(random.nextInt(100));
            if (plan.size() < Shape.values().length) {
                // the first departments take one shape each, so even a small city exercises every reader
                shape = Shape.values()[plan.size()];
            }
            shape = mix.apply(shape);
            PlannedDepartment d = new PlannedDepartment(plan.size(), name, Departments.regionOf(name), shape, size, first, firstSelf,
                    random.nextLong());
            plan.add(d);
            first += size;
            firstSelf += d.selfEvaluations();
        }
        return plan;
    }

    /** 7–13 projects, the last department taking what is left without falling under the minimum. */
    private static int size(int remaining, Random random) {
        if (remaining <= MAX_PROJECTS) {
            return remaining;
        }
        int size = MIN_PROJECTS + random.nextInt(MAX_PROJECTS - MIN_PROJECTS + 1);
        return remaining - size < MIN_PROJECTS ? remaining - MIN_PROJECTS : size;
    }

    /** Department names per 地区, each used once, in an order shuffled by the seed. */
    private static final class Names {
        private final Vocabulary words;
        private final Random random;
        private final Map<String, Deque<String>> unused = new LinkedHashMap<>();
        private int extra;

        Names(Vocabulary words, Random random) {
            this.words = words;
            this.random = random;
        }

        String next(String region) {
            Deque<String> names = unused.computeIfAbsent(region, this::shuffled);
            if (!names.isEmpty()) {
                return names.pop();
            }
            // a city bigger than the vocabulary: take a name from another 地区 with some left, then number them
            for (String other : words.districts) {
                Deque<String> more = unused.computeIfAbsent(other, this::shuffled);
                if (!more.isEmpty()) {
                    return more.pop();
                }
            }
            String district = words.districts.get(extra % words.districts.size());
            return "上海市" + district + "第" + (++extra) + "街道办事处";
        }

        private Deque<String> shuffled(String region) {
            List<String> names = new ArrayList<>();
            if (region.equals(Departments.CITY_LEVEL)) {
                names.addAll(words.cityDepartments);
            } else {
                for (String d : words.districtDepartments) {
                    names.add(d.replace("{区}", region));
                }
                for (String s : words.streets) {
                    names.add("上海市" + region + s + "街道办事处");
                }
                for (String t : words.towns.getOrDefault(region, List.of())) {
                    names.add("上海市" + region + t + "镇人民政府");
                }
            }
            Collections.shuffle(names, random);
            return new ArrayDeque<>(names);
        }
    }
}
