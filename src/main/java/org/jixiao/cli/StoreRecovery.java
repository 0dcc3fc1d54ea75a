package org.jixiao.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;

/**
 * Keeps the embedded store usable after a process dies with it open (kill -9, power cut).
 *
 * <p>H2 2.x (2.3 and 2.4 alike) does not always leave an MVStore file consistent when the process is
 * killed while several transactions write at once: a secondary index can keep entries whose rows were
 * never stored ("Row not found in primary index"), and a row can keep the id of a transaction that no
 * longer exists, so that whichever new transaction gets that id seems to hold it locked ("Timeout
 * trying to lock table"). Both break the next run. Copying the store through SQL — {@code SCRIPT}, then
 * {@code RUNSCRIPT} into a new file that replaces the old one in one rename — keeps every row the tables
 * hold and builds indexes and transaction state afresh.
 *
 * <p>A marker file says the store is open; it is removed once the store has been closed cleanly, so a
 * marker found at start-up (with the run lock held) means the last process died with the store open.
 * Only jixiao's own file store is handled: a store given by URL belongs to its own server.
 */
final class StoreRecovery {

    static final String MARKER = "store.open";
    private static final String STORE = "store";
    private static final String REBUILT = "rebuilt";
    private static final String SCRIPT = "rebuild.sql";
    private static final String H2_FILE = ".mv.db";

    private final Path folder;

    StoreRecovery(Path output) {
        this.folder = output.resolve(Store.FOLDER).toAbsolutePath();
    }

    /**
     * Called with the run lock held, before the store is opened: rebuilds it if the last process died
     * with it open, then marks it open for this one.
     *
     * @return how long the rebuild took, or empty when none was needed
     */
    Optional<Duration> beforeOpen() throws IOException, SQLException {
        Files.createDirectories(folder);
        Optional<Duration> took = Optional.empty();
        if (Files.exists(marker()) && Files.exists(file(STORE))) {
            long start = System.nanoTime();
            rebuild();
            took = Optional.of(Duration.ofNanos(System.nanoTime() - start));
        }
        Files.deleteIfExists(file(REBUILT));
        Files.deleteIfExists(folder.resolve(SCRIPT));
        Files.write(marker(), new byte[0]);
        return took;
    }

    /** Called once the store has been closed: the next run needs no rebuild. */
    void afterClose() throws IOException {
        Files.deleteIfExists(marker());
    }

    /**
     * Copies the store into a new file through SQL and renames it over the old one. A process killed
     * during the copy leaves the old store and the marker, so the next start simply copies again.
     */
    private void rebuild() throws IOException, SQLException {
        Path script = folder.resolve(SCRIPT);
        Files.deleteIfExists(script);
        Files.deleteIfExists(file(REBUILT));
        try (Connection c = connect(STORE); Statement s = c.createStatement()) {
            s.execute("SCRIPT TO " + literal(script));
        }
        try (Connection c = connect(REBUILT); Statement s = c.createStatement()) {
            s.execute("RUNSCRIPT FROM " + literal(script));
            s.execute("SHUTDOWN");
        }
        Files.move(file(REBUILT), file(STORE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Files.deleteIfExists(script);
    }

    private Connection connect(String name) throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + folder.resolve(name).toString().replace('\\', '/'), "sa", "");
    }

    private Path file(String name) {
        return folder.resolve(name + H2_FILE);
    }

    private Path marker() {
        return folder.resolve(MARKER);
    }

    private static String literal(Path path) {
        return "'" + path.toString().replace('\\', '/').replace("'", "''") + "'";
    }
}
