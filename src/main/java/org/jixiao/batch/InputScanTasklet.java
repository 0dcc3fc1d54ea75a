package org.jixiao.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jixiao.ingest.InputFolder;
import org.jixiao.store.FileStore;
import org.jixiao.store.FindingStore;
import org.jixiao.store.InputFile;
import org.jixiao.store.RunStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Lists the filings under the input folder — tonight's set of filings — and decides, by content
 * (SHA-256), what must be read: a content read completely before under the same check settings, under
 * whatever name and on whatever night, is taken as read (UNCHANGED when the path held the same bytes the
 * night before, REUSED otherwise); any other is registered to be read tonight (IMPORTED). A
 * file of the night before that is no longer here, and whose content is not here under another name
 * either, is noted as withdrawn: it simply is not in tonight's set. An input folder with no filings at all while the night before had some stops the run instead.
 * Runs in one transaction, so a crash leaves no half-registered night.
 */
class InputScanTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(InputScanTasklet.class);

    static final String WITHDRAWN = "文件已不在输入目录中，其申报不再计入（放回原处即重新计入）";

    private final FileStore files;
    private final RunStore runs;
    private final FindingStore findings;
    private final Fingerprints fingerprints;
    private final boolean quickCompile;

    InputScanTasklet(FileStore files, RunStore runs, FindingStore findings, Fingerprints fingerprints, boolean quickCompile) {
        this.files = files;
        this.runs = runs;
        this.findings = findings;
        this.fingerprints = fingerprints;
        this.quickCompile = quickCompile;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext context) throws IOException {
        RunParameters run = RunParameters.of(context.getStepContext().getStepExecution().getJobParameters());
        InputFolder.Listing listing = InputFolder.list(run.input(), run.output());
        listing.ignored().forEach(i -> log.info("未读取 {}：{}", i.name(), i.reason()));
        // the roster (名单) says who must file; it is not a filing
        List<InputFolder.Filing> filings = listing.filings().stream()
                .filter(f -> !org.jixiao.roster.RosterReader.isRoster(run.input(), run.input().resolve(f.name()))).toList();
        Map<String, RunStore.RunFile> before = new HashMap<>();
        runs.previousNight(run.runId()).ifPresent(previous -> runs.files(previous).stream()
                .filter(f -> f.action() != RunStore.Action.WITHDRAWN).forEach(f -> before.put(f.path(), f)));
        if (filings.isEmpty() && !before.isEmpty()) {
            // a folder that is empty tonight is far more often an unmounted share or a wrong path than
            // every department withdrawing its filings at once
            throw new IllegalStateException("输入目录 " + run.input() + " 中没有申报文件，而上次运行时有 " + before.size()
                    + " 个：为免把全部申报当作撤回，本次未运行。请检查输入目录（是否未挂载、路径是否有误）；"
                    + "若确要撤回全部申报，请改用新的 --output 目录 / the input folder holds no filings while the night before had "
                    + before.size() + ": nothing was withdrawn; check the folder, or use a new --output to start afresh");
        }
        String checks = fingerprints.checks();
        runs.clearFiles(run.runId());
        List<RunStore.FileLine> lines = new java.util.ArrayList<>();
        List<FindingStore.Located> notRead = new java.util.ArrayList<>();
        for (InputFolder.Ignored i : listing.ignored()) {
            lines.add(new RunStore.FileLine(i.name(), RunStore.Action.IGNORED, i.reason(), 0));
            if (i.finding() != null) {
                notRead.add(new FindingStore.Located(0, null, i.finding(), 0));
            }
        }
        findings.replaceNight(run.runId(), java.util.Set.of(org.jixiao.findings.Rule.INPUT_IGNORED), notRead);
        int toRead = 0;
        Set<String> tonight = new HashSet<>();
        Set<Long> contents = new HashSet<>();
        KnownHashes known = KnownHashes.in(run.output());
        List<String> shas = hashes(filings, known);
        known.save();
        Map<String, InputFile> complete = files.completeBySha(checks);
        for (int i = 0; i < filings.size(); i++) {
            Path file = filings.get(i).path();
            String path = filings.get(i).name();
            tonight.add(path);
            String sha = shas.get(i);
            Optional<InputFile> read = Optional.ofNullable(complete.get(sha));
            if (read.isPresent()) {
                RunStore.RunFile last = before.get(path);
                // the same bytes at the same path as the night before, even when they were read under other
                // settings then and tonight takes an older read: nothing was renamed, moved or put back
                boolean unchanged = last != null && (last.file().id() == read.get().id() || last.file().sha256().equals(sha));
                String note = unchanged ? "内容未变更，沿用第" + read.get().runId() + "次运行读入的结果"
                        : "内容已于第" + read.get().runId() + "次运行读入（当时为「" + read.get().path() + "」），本次沿用";
                lines.add(new RunStore.FileLine(path, unchanged ? RunStore.Action.UNCHANGED : RunStore.Action.REUSED, note,
                        read.get().id()));
                contents.add(read.get().id());
                log.debug("沿用 {}：{}", path, note);
            } else {
                long id = files.registeredBy(run.runId(), sha, checks).map(InputFile::id)
                        .orElseGet(() -> files.add(run.runId(), path, sha, checks, sizeOf(file)));
                lines.add(new RunStore.FileLine(path, RunStore.Action.IMPORTED, null, id));
                toRead++;
            }
        }
        int withdrawn = 0;
        for (RunStore.RunFile gone : before.values().stream().sorted(java.util.Comparator.comparing(RunStore.RunFile::path)).toList()) {
            // a file renamed or moved within the folder is not withdrawn: its content is here under its new name
            if (!tonight.contains(gone.path()) && !contents.contains(gone.file().id())) {
                lines.add(new RunStore.FileLine(gone.path(), RunStore.Action.WITHDRAWN, WITHDRAWN, gone.file().id()));
                withdrawn++;
            }
        }
        runs.recordFiles(run.runId(), lines);
        QuickCompile.forNight(toRead, filings.size(), !before.isEmpty(), quickCompile);
        log.info("输入目录 {}：{} 个文件，其中 {} 个待读入，其余沿用已读入的内容；{} 个已撤回", run.input(), filings.size(), toRead, withdrawn);
        for (int i = 0; i < filings.size(); i++) {
            contribution.incrementReadCount();
        }
        return RepeatStatus.FINISHED;
    }

    /**
     * The files' SHA-256, in their order, on the common pool's threads: those not written since the night
     * before as known then ({@link KnownHashes}), the others read and hashed.
     */
    private static List<String> hashes(List<InputFolder.Filing> filings, KnownHashes known) throws IOException {
        try {
            return filings.parallelStream().map(f -> {
                try {
                    return known.sha(f.path());
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
