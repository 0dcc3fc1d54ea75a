package org.jixiao.cli;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * A deterministic input large enough to take a few seconds: departments in several 地区, ten
 * projects each with twenty indicators, some targets files in GB18030, some self-evaluations, and a
 * few deliberate defects so that findings and rejections are part of what is compared.
 */
final class GeneratedInput {

    private static final String TARGETS = "年度,主管部门,项目名称,项目类别,年度资金申请总额,当年财政拨款,上年结转资金,年度其他资金,年度总体目标,一级指标,二级指标,三级指标,指标值\n";
    private static final String SELF = "年度,主管部门,项目名称,年初预算数,全年预算数,全年执行数,资金分值,一级指标,二级指标,三级指标,年度指标值,实际完成值,分值,得分,偏差原因分析及改进措施\n";
    private static final String[][] INDICATORS = {
        {"产出指标", "数量指标", "开展活动数量", "≥2.00(次)"}, {"产出指标", "质量指标", "验收合格率", "≥95.00(%)"},
        {"产出指标", "时效指标", "完成及时性", "及时"}, {"效益指标", "社会效益指标", "工作成效", "提升"},
        {"满意度指标", "服务对象满意度指标", "满意度", "≥90(%)"}};
    private static final String[] REGIONS = {"松江区", "嘉定区", "浦东新区", "黄浦区"};

    private GeneratedInput() {
    }

    /**
     * The same input, plus filings that only the check step can settle: for every fourth department
     * a copy of its targets under another department name with every project's rows interleaved
     * with the others' ({@code x-}), and for every fifth its targets filed again verbatim under a
     * later path ({@code y-}, each project a duplicate).
     */
    static void writeTangled(Path dir, int departments) throws IOException {
        writeTangled(dir, departments, 10);
    }

    /** {@link #writeTangled(Path, int)} with {@code projects} targets projects a department. */
    static void writeTangled(Path dir, int departments, int projects) throws IOException {
        write(dir, departments, projects);
        for (int d = 0; d < departments; d++) {
            Path targets = dir.resolve(String.format("%04d-目标.csv", d));
            Charset charset = d % 3 == 0 ? Charset.forName("GB18030") : StandardCharsets.UTF_8;
            List<String> lines = Files.readAllLines(targets, charset);
            if (d % 4 == 1) {
                StringBuilder tangled = new StringBuilder(lines.get(0)).append('\n');
                for (int k = 0; k < 20; k++) {
                    for (int p = 0; p < projects; p++) {
                        tangled.append(lines.get(1 + p * 20 + k).replace("局,", "处,")).append('\n');
                    }
                }
                Files.writeString(dir.resolve(String.format("x-%04d-目标.csv", d)), tangled, StandardCharsets.UTF_8);
            }
            if (d % 5 == 2) {
                Files.copy(targets, dir.resolve(String.format("y-%04d-目标.csv", d)));
            }
        }
    }

    /** The name of the {@code d}-th department. */
    static String department(int d) {
        return "上海市" + REGIONS[d % REGIONS.length] + "第" + d + "局";
    }

    static void write(Path dir, int departments) throws IOException {
        write(dir, departments, 10);
    }

    /**
     * {@code departments} departments of {@code projects} targets projects each (the first three of them
     * self-evaluated too): fewer projects make a night cheaper where what is tested is the night, not the
     * volume.
     */
    static void write(Path dir, int departments, int projects) throws IOException {
        Random random = new Random(20251121L);
        for (int d = 0; d < departments; d++) {
            String department = department(d);
            StringBuilder t = new StringBuilder(TARGETS);
            StringBuilder s = new StringBuilder(SELF);
            for (int p = 0; p < projects; p++) {
                long amount = 10_000 + random.nextInt(15_000_000);
                String goal = "围绕年度重点工作，完成第" + p + "项任务，" + "确保资金使用规范、绩效目标按期实现。".repeat(3);
                for (int k = 0; k < 20; k++) {
                    String[] ind = INDICATORS[k % INDICATORS.length];
                    String value = d % 7 == 3 && p == 2 && k == 5 ? "" : ind[3];
                    long filed = d % 11 == 5 && p == 4 && k == 7 ? amount + 1 : amount;
                    t.append("2025,").append(department).append(",项目").append(p).append(",特定目标类,").append(filed).append(',')
                            .append(amount).append(",0,0,\"").append(goal).append("\",").append(ind[0]).append(',').append(ind[1])
                            .append(',').append(ind[2]).append(k).append(',').append(value).append('\n');
                }
                if (p < 3) {
                    long budget = 100_000 + random.nextInt(900_000);
                    long executed = budget - random.nextInt(50_000);
                    for (int k = 0; k < 5; k++) {
                        String[] ind = INDICATORS[k];
                        int weight = k < 3 ? 50 / 3 + (k == 0 ? 2 : 0) : k == 3 ? 30 : 10;
                        int score = k == 2 && p == 1 ? weight - 2 : weight;
                        s.append("2024,").append(department).append(",项目").append(p).append(',').append(budget).append(',')
                                .append(budget).append(',').append(executed).append(",10,").append(ind[0]).append(',').append(ind[1])
                                .append(',').append(ind[2]).append(',').append(ind[3]).append(',').append(ind[3]).append(',')
                                .append(weight).append(',').append(score).append(',').append(score < weight ? "个别活动延期" : "").append('\n');
                    }
                }
            }
            Charset charset = d % 3 == 0 ? Charset.forName("GB18030") : StandardCharsets.UTF_8;
            Files.writeString(dir.resolve(String.format("%04d-目标.csv", d)), t, charset);
            Files.writeString(dir.resolve(String.format("%04d-自评.csv", d)), s, StandardCharsets.UTF_8);
        }
    }
}
