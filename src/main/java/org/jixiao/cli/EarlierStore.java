package org.jixiao.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * The default store of an output folder written by a jixiao from before the versioned schema: its
 * tables have no schema history, and their format (the filings packed by column position, the
 * job repository of another Spring Batch) is not this version's. A night is a function of its input
 * folder, so the operator loses nothing when the night starts on a new store: the old file is moved
 * aside — kept, not deleted, for whoever wants to look at its history — and this night reads every
 * filing again and publishes what a fresh run publishes. Only jixiao's own store file is handled so:
 * a store given by URL belongs to its server, and is refused instead ({@code StoreSchema}).
 */
final class EarlierStore {

    private static final String FILE = "store.mv.db";
    private static final String TRACE = "store.trace.db";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private EarlierStore() {
    }

    /** What an output folder's default store is, as far as the command line needs to know before Spring opens it. */
    enum Found {
        /** No store yet, or one that cannot be opened (for the run to report, or for StoreRecovery to rebuild). */
        NONE,
        /** A jixiao's from before the versioned schema: to be moved aside. */
        EARLIER,
        /** At this jixiao's schema version: nothing to migrate. */
        CURRENT,
        /** Another state (older versioned schema, a newer jixiao's, a failed migration): Flyway decides. */
        OTHER
    }

    /** Whether the output folder's store was made by a jixiao from before the versioned schema. */
    static boolean isEarlier(Path output) {
        return inspect(output) == Found.EARLIER;
    }

    /** Looks at the output folder's store, read-only. */
    static Found inspect(Path output) {
        Path folder = output.resolve(Store.FOLDER).toAbsolutePath();
        if (!Files.exists(folder.resolve(FILE))) {
            return Found.NONE;
        }
        // read-only: closing a store opened for writing compacts it, half a second of every night for a look
        try (Connection c = DriverManager.getConnection(Store.fileUrl(output) + ";ACCESS_MODE_DATA=r", "sa", "")) {
            if (has(c, "JX_RUN") && !has(c, "flyway_schema_history") && !has(c, "FLYWAY_SCHEMA_HISTORY")) {
                return Found.EARLIER;
            }
            return org.jixiao.store.StoreSchema.isCurrent(c) ? Found.CURRENT : Found.OTHER;
        } catch (SQLException e) {
            // a store that cannot be opened is for the run to report (or for StoreRecovery to rebuild)
            return Found.NONE;
        }
    }

    /**
     * Moves an earlier version's store aside, with its trace file and the marker of a run killed with
     * it open, before anything opens it. Called with the run lock held.
     *
     * @return the name it was moved to, or empty when the store is this version's (or there is none)
     */
    static Optional<Path> moveAside(Path output) throws IOException {
        return moveAside(output, inspect(output));
    }

    /** The same, for a store already {@linkplain #inspect inspected}. */
    static Optional<Path> moveAside(Path output, Found found) throws IOException {
        if (found != Found.EARLIER) {
            return Optional.empty();
        }
        Path folder = output.resolve(Store.FOLDER).toAbsolutePath();
        String stamp = LocalDateTime.now().format(STAMP);
        Path moved = folder.resolve("store-earlier-" + stamp + ".mv.db");
        Files.move(folder.resolve(FILE), moved, StandardCopyOption.ATOMIC_MOVE);
        if (Files.exists(folder.resolve(TRACE))) {
            Files.move(folder.resolve(TRACE), folder.resolve("store-earlier-" + stamp + ".trace.db"), StandardCopyOption.REPLACE_EXISTING);
        }
        Files.deleteIfExists(folder.resolve(StoreRecovery.MARKER));
        return Optional.of(moved);
    }

    private static boolean has(Connection c, String table) throws SQLException {
        try (ResultSet rs = c.getMetaData().getTables(null, "PUBLIC", table, null)) {
            return rs.next();
        }
    }
}
