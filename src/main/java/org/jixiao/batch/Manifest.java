package org.jixiao.batch;

import java.util.List;
import java.util.Map;

/**
 * The format of manifest.json, written down as records. Everything but {@code run} is a function of
 * the input folder, the run date and the settings, the same bytes as a fresh run on the same folder
 * would write; {@code run} says what this night did to get there and who wrote what.
 */
record Manifest(Run run, List<Input> inputs, Roster roster, List<Ignored> ignored, List<Output> outputs, List<Held> held,
        Map<String, Integer> findings, Refused refused) {

    /**
     * This night: its id and folders; how many files it read ({@code imported}) and took as read before
     * ({@code unchanged}: same path and content as the night before; {@code reused}: a content read
     * before under another name), the files of the night before no longer there ({@code withdrawn}),
     * the stale outputs it removed, how many departments it rendered and kept, how many 错误 are new
     * tonight, what it did with each file ({@code files}) and for every output the run and process that
     * wrote it ({@code writers}).
     */
    record Run(long id, String runDate, String input, String output, int imported, int unchanged, int reused,
            List<String> withdrawn, List<String> removed, Departments departments, int newErrors, List<File> files,
            List<Writer> writers) {
    }

    /** What the night did with a file: IMPORTED (read tonight), UNCHANGED, REUSED or WITHDRAWN; which run read its content. */
    record File(String path, String action, long readByRun, String note) {
    }

    record Departments(int rendered, int kept) {
    }

    record Writer(String path, long run, String worker) {
    }

    /** A file or folder of the input folder not read (hidden, a lock file, not a filing, a link leaving it…), and why. */
    record Ignored(String path, String reason) {
    }

    /** A filing of tonight's input folder and its rows: read = imported + rejected. */
    record Input(String path, String sha256, long bytes, int rowsRead, int rowsImported, int rowsRejected) {
    }

    /** The roster (名单) of tonight's input folder, null without one: its rows say who was due (entries: the usable ones). */
    record Roster(String path, String sha256, long bytes, int entries) {
    }

    record Output(String kind, Integer year, String region, String department, String path, Integer pages, long bytes,
            String sha256) {
    }

    /** An output not published on purpose, and why (a 公开版 held while its department's filing has 错误). */
    record Held(String kind, Integer year, String region, String department, String path, String reason) {
    }

    /** Files refused whole (F01–F04) and projects refused, tonight. */
    record Refused(int files, int projects) {
    }
}
