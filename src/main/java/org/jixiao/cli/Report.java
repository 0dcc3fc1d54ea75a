package org.jixiao.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jixiao.batch.NightStep;
import org.jixiao.batch.NightlyRun;
import org.jixiao.roster.SubmissionStatus;
import org.jixiao.store.FindingStore;
import org.jixiao.store.ProjectStore;
import org.jixiao.store.RunStore;
import org.jixiao.store.StatusStore;
import org.springframework.context.ApplicationContext;

/** The few lines an operator reads after a run, and the exit code they lead to. */
final class Report {

    private Report() {
    }

    /** Withdrawn files listed one by one up to this many; a folder emptied of more is summed up. */
    private static final int LISTED = 20;

    /**
     * The night as a fresh run on the same folder would report it — every count and the exit code are
     * those of everything the night published — with what is new tonight labelled beside them.
     */
    static ExitCode print(ApplicationContext context, NightlyRun.Outcome outcome, Path output, PrintStream out) {
        RunStore runs = context.getBean(RunStore.class);
        ProjectStore projects = context.getBean(ProjectStore.class);
        FindingStore findings = context.getBean(FindingStore.class);
        if (outcome.resumed() != null) {
            out.printf("jixiao 第%d次运行（继续上次中断的运行：停在%s，运行日期沿用 %s）%n", outcome.runId(),
                    where(outcome.resumed().stoppedIn()), outcome.resumed().runDate());
            if (outcome.resumed().optionsIgnored()) {
                out.println("  本次命令的打印选项未生效：继续的运行沿用它开始时的选项（" + options(outcome.resumed().used())
                        + "）；要按本次的选项（" + options(outcome.resumed().requested()) + "）生成，请在它完成后再运行一次 / "
                        + "the resumed run keeps the printing options it started with; run again once it has finished");
            }
        } else {
            out.printf("jixiao 第%d次运行%n", outcome.runId());
        }
        if (outcome.abandoned() != null) {
            out.println(abandoned(outcome.abandoned()));
        }
        int[] actions = new int[RunStore.Action.values().length];
        List<RunStore.RunFile> files = runs.files(outcome.runId());
        List<RunStore.RunFile> withdrawn = new java.util.ArrayList<>();
        Map<String, int[]> rows = projects.nightRowsByPath(outcome.runId());
        long read = 0;
        long imported = 0;
        long readTonight = 0;
        for (RunStore.RunFile f : files) {
            actions[f.action().ordinal()]++;
            if (f.action() == RunStore.Action.WITHDRAWN) {
                withdrawn.add(f);
                continue;
            }
            read += f.file().rowsRead();
            imported += rows.getOrDefault(f.path(), new int[2])[0];
            readTonight += f.action() == RunStore.Action.IMPORTED ? f.file().rowsRead() : 0;
        }
        int current = files.size() - withdrawn.size();
        out.printf("  输入文件 %d 个：本次读入 %d，未变更 %d，改名、移动或放回 %d%s%n", current, actions[RunStore.Action.IMPORTED.ordinal()],
                actions[RunStore.Action.UNCHANGED.ordinal()], actions[RunStore.Action.REUSED.ordinal()],
                withdrawn.isEmpty() ? "" : "；撤回已不在输入目录的文件 " + withdrawn.size() + " 个");
        int notRead = runs.ignored(outcome.runId()).size();
        if (notRead > 0) {
            out.printf("  未读取 %d 个文件或文件夹（隐藏文件、Excel 临时文件、非申报文件、指向输入目录以外的链接等，清单见 manifest.json）%n", notRead);
        }
        for (RunStore.RunFile f : withdrawn.subList(0, Math.min(LISTED, withdrawn.size()))) {
            out.printf("  撤回 %s：%s%n", f.path(), f.note());
        }
        if (withdrawn.size() > LISTED) {
            out.printf("  ……另有 %d 个撤回的文件，清单见 manifest.json%n", withdrawn.size() - LISTED);
        }
        out.printf("  全部 %d 行：导入 %d，拒收 %d（本次新读入 %d 行）%n", read, imported, read - imported, readTonight);
        if (outcome.status() == org.springframework.batch.core.BatchStatus.STOPPED) {
            System.err.println("本次运行已按要求停止（如收到 SIGTERM），已完成的部分已保存；再次运行同一命令即从中断处继续 / "
                    + "the night was stopped on request: run the same command again to resume it");
            return ExitCode.FAILED;
        }
        if (!outcome.completed()) {
            Throwable cause = outcome.failures().isEmpty() ? null : outcome.failures().get(0);
            return Faults.report(cause == null ? new IllegalStateException("job ended " + outcome.status()) : cause, output);
        }
        RunStore.Figures f = runs.run(outcome.runId()).map(RunStore.Run::figures).orElseThrow();
        if (f.filesRefused() > 0 || f.projectsRefused() > 0) {
            out.printf("  拒收：文件 %d 个，项目 %d 个%n", f.filesRefused(), f.projectsRefused());
        }
        out.printf("  问题清单：错误 %d（其中本次新增 %d），问题 %d，提示 %d → %s%n", f.errors(), f.errorsNew(), f.problems(), f.hints(),
                output.resolve("问题清单.xlsx"));
        // 报送情况: one line per 年度 and kind, against the roster when it covers them
        for (String line : SubmissionStatus.Report.of(context.getBean(StatusStore.class).status(outcome.runId())).consoleLines()) {
            out.printf("  %s%n", line);
        }
        out.printf("  部门报表：重新生成 %d 个部门，未变更保留 %d 个%n", f.departmentsRendered(), f.departmentsKept());
        for (RunStore.Held h : runs.held(outcome.runId())) {
            if (h.kind().endsWith("-pdf")) {
                out.printf("  暂缓发布 %s %d年度公开版：%s%n", h.department(), h.year(), h.reason());
            }
        }
        long published = runs.publishedCount(outcome.runId());
        out.printf("  输出 %d 个文件 → %s（清单见 manifest.json）%n", published, output);
        int removed = runs.removed(outcome.runId()).size();
        if (removed > 0) {
            out.printf("  删除 %d 个过期输出（往次发布、本次不再生成的文件，清单见 manifest.json）%n", removed);
        }
        if (outcome.errors() > 0) {
            out.printf("完成，但有 %d 条错误（被拒收的文件或项目，其中本次新增 %d 条），退出码 %d / finished with rejections%n",
                    outcome.errors(), f.errorsNew(), ExitCode.REJECTIONS.code());
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
            case INPUT_CHANGED -> "它中断后输入文件夹已有变动，继续它会按变动前的文件夹发布，本次按现在的文件夹重新运行";
        };
        String imported = !a.importWithdrawn() ? "；它已读入的内容保留"
                : a.sameInput() ? "；它未完成的导入已撤回，其文件本次重新导入"
                : "；它未完成的导入已撤回，其文件下次以它的输入文件夹运行时重新导入";
        return String.format("  已放弃上次未完成的第%d次运行（%s；运行日期 %s，停在%s）%s", a.runId(), why, a.runDate(),
                where(a.stoppedIn()), imported);
    }

    /** {@code --draft --duplex}, or 正式版 for none. */
    static String options(org.jixiao.render.Printing p) {
        List<String> on = new java.util.ArrayList<>();
        if (p.draft()) {
            on.add("--draft");
        }
        if (p.duplex()) {
            on.add("--duplex");
        }
        if (p.archive()) {
            on.add("--archive");
        }
        return on.isEmpty() ? "正式版，单面，无归档版" : String.join(" ", on);
    }

    /** Where a run stopped: in a step, or (null) right after the scan, before it was decided whether to repeat the night before. */
    private static String where(String step) {
        return step == null ? "「扫描」步骤之后" : "「" + stepName(step) + "」步骤";
    }

    private static String stepName(String step) {
        return NightStep.of(step).map(NightStep::label).orElse(step);
    }
}
