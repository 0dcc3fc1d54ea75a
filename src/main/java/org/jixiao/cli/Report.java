package org.jixiao.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import org.jixiao.batch.NightlyRun;
import org.jixiao.store.FindingStore;
import org.jixiao.store.RunStore;
import org.springframework.context.ApplicationContext;

/** The few lines an operator reads after a run, and the exit code they lead to. */
final class Report {

    private Report() {
    }

    static ExitCode print(ApplicationContext context, NightlyRun.Outcome outcome, Path output, PrintStream out) {
        RunStore runs = context.getBean(RunStore.class);
        FindingStore findings = context.getBean(FindingStore.class);
        int imported = 0;
        int skipped = 0;
        int withdrawn = 0;
        long read = 0;
        long ok = 0;
        long rejected = 0;
        for (RunStore.RunFile f : runs.files(outcome.runId())) {
            if (f.action().equals("SKIPPED")) {
                out.printf("  跳过 %s：%s%n", f.path(), f.note());
            }
            if (f.action().equals("WITHDRAWN")) {
                out.printf("  撤回 %s：%s%n", f.path(), f.note());
                withdrawn++;
            } else if (f.action().equals("IMPORTED")) {
                imported++;
                read += f.file().rowsRead();
                ok += f.file().rowsImported();
                rejected += f.file().rowsRejected();
            } else {
                skipped++;
            }
        }
        if (outcome.resumed() != null) {
            out.printf("jixiao 第%d次运行（继续上次中断的运行：停在「%s」步骤，运行日期沿用 %s）%n", outcome.runId(),
                    stepName(outcome.resumed().stoppedIn()), outcome.resumed().runDate());
        } else {
            out.printf("jixiao 第%d次运行%n", outcome.runId());
        }
        if (outcome.abandoned() != null) {
            out.println(abandoned(outcome.abandoned()));
        }
        out.printf("  输入文件 %d 个：导入 %d，未变更跳过 %d%s%n", imported + skipped, imported, skipped,
                withdrawn == 0 ? "" : "；撤回已不在输入目录的文件 " + withdrawn + " 个");
        out.printf("  本次读取 %d 行：导入 %d，拒收 %d%n", read, ok, rejected);
        if (!outcome.completed()) {
            Throwable cause = outcome.failures().isEmpty() ? null : outcome.failures().get(0);
            return Faults.report(cause == null ? new IllegalStateException("job ended " + outcome.status()) : cause, output);
        }
        Map<String, Integer> counts = findings.countCurrentBySeverity();
        out.printf("  问题清单：错误 %d，问题 %d，提示 %d → %s%n", counts.get("错误"), counts.get("问题"), counts.get("提示"),
                output.resolve("问题清单.xlsx"));
        out.printf("  输出 %d 个文件 → %s（清单见 manifest.json）%n", runs.outputs(outcome.runId()).size(), output);
        int removed = runs.removed(outcome.runId()).size();
        if (removed > 0) {
            out.printf("  删除 %d 个过期输出（往次发布、本次不再生成的文件，清单见 manifest.json）%n", removed);
        }
        if (outcome.errors() > 0) {
            out.printf("完成，但本次有 %d 条错误（被拒收的文件或项目），退出码 %d / finished with rejections%n", outcome.errors(),
                    ExitCode.REJECTIONS.code());
            return ExitCode.REJECTIONS;
        }
        out.println("完成 / done");
        return ExitCode.OK;
    }

    /** One line on the unfinished run that tonight's gave up, and why: an operator should never wonder where it went. */
    static String abandoned(NightlyRun.Abandoned a) {
        String why = switch (a.reason()) {
            case FRESH -> "按 --fresh 的要求";
            case OTHER_FOLDERS -> "它的输入或输出文件夹与本次不同";
            case GIVEN_UP_BEFORE -> "之前已放弃，但未记完";
        };
        String imported = !a.importWithdrawn() ? "；它的导入已完成，保留"
                : a.sameInput() ? "；它未完成的导入已撤回，其文件本次重新导入"
                : "；它未完成的导入已撤回，其文件下次以它的输入文件夹运行时重新导入";
        return String.format("  已放弃上次未完成的第%d次运行（%s；运行日期 %s，停在「%s」步骤）%s", a.runId(), why, a.runDate(),
                stepName(a.stoppedIn()), imported);
    }

    private static String stepName(String step) {
        return switch (step.contains(":") ? step.substring(0, step.indexOf(':')) : step) {
            case "scan" -> "扫描";
            case "import", "importFiles" -> "导入";
            case "check", "checkProjects" -> "复查";
            case "finishImport" -> "合并";
            case "publishTables" -> "汇总";
            case "prepareRender", "render", "renderDepartments" -> "生成报表";
            case "renderSummaries" -> "地区汇总表";
            case "book" -> "汇编";
            case "manifest" -> "清单";
            default -> step;
        };
    }
}
