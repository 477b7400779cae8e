package cn.gov.pingnan.accountability.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The database of part 2: the default H2 file under {@code <dir>/scale-db}, or PostgreSQL ({@code database=postgres}:
 * the embedded PostgreSQL 17 binaries the PostgresProfileIT uses, its data directory under {@code <dir>/scale-pg},
 * a server of its own on a free port, PostgreSQL's default settings except {@code max_connections}). The application
 * runs on it with the {@code postgres} profile, as operators would run it.
 */
abstract sealed class ScaleDatabase implements AutoCloseable {

    /** The application's data directory ({@code pingnan.data-dir}): the H2 file, or only the backups for PostgreSQL. */
    final Path appDir;

    private ScaleDatabase(Path appDir) {
        this.appDir = appDir;
    }

    static ScaleDatabase open(String kind, Path dir, boolean reuse) throws IOException {
        return switch (kind) {
            case "h2" -> new H2File(dir.resolve("scale-db"));
            case "postgres" -> new Postgres(dir, reuse);
            default -> throw new IllegalArgumentException("Unknown database '" + kind + "': use h2 or postgres");
        };
    }

    abstract String label();

    abstract Connection connect() throws SQLException;

    /** Application properties (as command-line arguments for the jar, or for the in-process application). */
    abstract Map<String, Object> applicationProperties();

    /**
     * Properties for the in-process application that seeds the database: those of the application unless a database
     * needs a setting of its own for a bulk load.
     */
    Map<String, Object> seedingProperties() {
        return applicationProperties();
    }

    /**
     * The measured jar's arguments: the database's properties, and no history clean-up. The seeded cases span ten
     * years back, so in the clean-up window (01:00-05:00 China time) the jar's clean-up would remove the oldest closed
     * cases (their removal time, end + 3,650 days, has passed) while their history is being measured.
     */
    List<String> applicationArguments() {
        List<String> args = new ArrayList<>();
        applicationProperties().forEach((k, v) -> args.add("--" + k + "=" + v));
        args.add("--camunda.bpm.generic-properties.properties.historyCleanupEnabled=false");
        return args;
    }

    /** The statement that does to the database what one in service would have had done after a bulk load. */
    abstract String compaction();

    /** Runs {@link #compaction()}; returns seconds. */
    long compact() throws SQLException {
        long start = System.nanoTime();
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            s.execute(compaction());
        }
        return Math.round((System.nanoTime() - start) / 1e9);
    }

    abstract long sizeMb() throws Exception;

    @Override
    public void close() throws IOException {}

    static final class H2File extends ScaleDatabase {

        H2File(Path db) {
            super(db);
        }

        @Override
        String label() {
            return "H2 file (the default)";
        }

        @Override
        Connection connect() throws SQLException {
            return DriverManager.getConnection(
                    "jdbc:h2:file:" + appDir.toAbsolutePath().resolve("accountability")
                            + ";DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000",
                    "sa",
                    "");
        }

        @Override
        Map<String, Object> applicationProperties() {
            return Map.of();
        }

        /**
         * The application's URL without {@code WRITE_DELAY=0}. With it every seeder commit writes a chunk of its own
         * and the file grows by megabytes per case until the compaction (79 GB at 60,000 cases filled the disk on
         * 2026-12-04); H2's default delay batches the chunks. Durability does not matter while seeding: a failed seed
         * is started again. The measured jar runs with the application's own URL.
         */
        @Override
        Map<String, Object> seedingProperties() {
            return Map.of(
                    "spring.datasource.url",
                    "jdbc:h2:file:" + appDir.toAbsolutePath().resolve("accountability")
                            + ";DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000;MAX_LENGTH_INPLACE_LOB=65536");
        }

        /**
         * H2 (MVStore) appends while it is written and compacts only a little at each close; after a bulk load the
         * file is several times its data. A database that has been in service for years has been compacted
         * (docs/operations.md: backups, restarts), so the queries are measured on a compacted file.
         */
        @Override
        String compaction() {
            return "SHUTDOWN COMPACT";
        }

        @Override
        long sizeMb() throws IOException {
            try (Stream<Path> files = Files.list(appDir)) {
                return files.filter(p -> p.toString().endsWith(".db"))
                                .mapToLong(p -> p.toFile().length())
                                .sum()
                        / (1024 * 1024);
            }
        }
    }

    static final class Postgres extends ScaleDatabase {

        private final EmbeddedPostgres server;

        Postgres(Path dir, boolean reuse) throws IOException {
            super(dir.resolve("scale-pg-app"));
            Files.createDirectories(dir);
            Path data = dir.resolve("scale-pg").toAbsolutePath();
            if (!reuse) {
                InProcessApplication.deleteTree(data);
            }
            server = EmbeddedPostgres.builder()
                    .setDataDirectory(data)
                    // kept after the run (the embedded server would delete a directory it cleaned): reuseScaleDb=true
                    // measures it again
                    .setCleanDataDirectory(false)
                    // the defaults of a PostgreSQL installation (the embedded builder turns synchronous commit off)
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("max_connections", "100")
                    .setPGStartupWait(java.time.Duration.ofMinutes(2))
                    .start();
        }

        @Override
        String label() {
            return "PostgreSQL 17 (embedded binaries, default settings)";
        }

        private String url() {
            return "jdbc:postgresql://localhost:" + server.getPort() + "/postgres";
        }

        @Override
        Connection connect() throws SQLException {
            return DriverManager.getConnection(url(), "postgres", "postgres");
        }

        @Override
        Map<String, Object> applicationProperties() {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("spring.profiles.active", "postgres");
            p.put("spring.datasource.url", url());
            p.put("spring.datasource.username", "postgres");
            p.put("spring.datasource.password", "postgres");
            return p;
        }

        @Override
        String compaction() {
            return "VACUUM ANALYZE";
        }

        @Override
        long sizeMb() throws SQLException {
            try (Connection c = connect();
                    Statement s = c.createStatement();
                    ResultSet r = s.executeQuery("SELECT pg_database_size(current_database())")) {
                r.next();
                return r.getLong(1) / (1024 * 1024);
            }
        }

        @Override
        public void close() throws IOException {
            server.close();
        }
    }
}
