package org.jixiao.batch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.jixiao.ingest.InputFolder;
import org.jixiao.store.FileStore;
import org.jixiao.store.InputFile;
import org.jixiao.store.RunStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Lists the filings under the input folder and decides, by content (SHA-256), which to import: a file
 * whose content is already current in the store is skipped with a line saying so; any other is
 * registered as a new version. A file imported before and no longer here is withdrawn when the import
 * is finished (FinishImportTasklet); an input folder with no filings at all while the store holds some
 * stops the run instead. Runs in one transaction, so a crash leaves no half-registered run.
 */
class InputScanTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(InputScanTasklet.class);

    private final FileStore files;
    private final RunStore runs;

    InputScanTasklet(FileStore files, RunStore runs) {
        this.files = files;
        this.runs = runs;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext context) throws IOException {
        RunParameters run = RunParameters.of(context.getStepContext().getStepExecution().getJobParameters());
        int imported = 0;
        int skipped = 0;
        InputFolder.Listing listing = InputFolder.list(run.input(), run.output());
        listing.ignored().forEach(i -> log.info("未读取 {}：{}", i.name(), i.reason()));
        List<InputFolder.Filing> filings = listing.filings();
        int held = files.currentCount();
        if (filings.isEmpty() && held > 0) {
            // a folder that is empty tonight is far more often an unmounted share or a wrong path than
            // every department withdrawing its filings at once
            throw new IllegalStateException("输入目录 " + run.input() + " 中没有申报文件，而库中有 " + held
                    + " 个文件的申报：为免把全部申报当作撤回，本次未运行。请检查输入目录（是否未挂载、路径是否有误）；"
                    + "若确要撤回全部申报，请改用新的 --output 目录 / the input folder holds no filings while the store holds "
                    + held + " files: nothing was withdrawn; check the folder, or use a new --output to start afresh");
        }
        for (InputFolder.Filing filing : filings) {
            Path file = filing.path();
            String path = filing.name();
            String sha = sha256(file);
            Optional<InputFile> registered = files.ofRun(run.runId(), path);
            Optional<InputFile> same = files.currentWithContent(sha, run.runId());
            if (registered.isPresent() && registered.get().sha256().equals(sha)) {
                // this run's scan already ran before a crash; keep what it registered
                runs.recordFile(run.runId(), path, "IMPORTED", null, registered.get().id());
                imported++;
            } else if (registered.isPresent()) {
                throw new IllegalStateException("输入文件在中断后被修改：" + path + "；请用 --fresh 重新开始本次运行 / "
                        + "an input file changed after the run was interrupted: run again with --fresh");
            } else if (same.isPresent()) {
                String note = same.get().path().equals(path)
                        ? "内容未变更，已于第" + same.get().runId() + "次运行导入，本次跳过"
                        : "与已导入的「" + same.get().path() + "」内容相同，本次跳过";
                runs.recordFile(run.runId(), path, "SKIPPED", note, same.get().id());
                log.info("跳过 {}：{}", path, note);
                skipped++;
            } else {
                long id = files.add(run.runId(), path, sha, Files.size(file));
                runs.recordFile(run.runId(), path, "IMPORTED", null, id);
                imported++;
            }
        }
        log.info("输入目录 {}：{} 个文件待导入，{} 个未变更跳过", run.input(), imported, skipped);
        for (int i = 0; i < imported + skipped; i++) {
            contribution.incrementReadCount();
        }
        return RepeatStatus.FINISHED;
    }

    static String sha256(Path file) throws IOException {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), md)) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
