package cn.gov.pingnan.accountability.operations;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Online backup of the embedded H2 database while the system runs: H2's {@code BACKUP TO} writes a
 * consistent zip of the database file into {@code <data-dir>/backup/}.
 */
@Service
public class DatabaseBackup {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseBackup.class);
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final JdbcTemplate jdbc;
    private final Path backupDir;
    private final Clock clock;

    public DatabaseBackup(DataSource dataSource, @Value("${pingnan.data-dir}") String dataDir) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.backupDir = Path.of(dataDir, "backup").toAbsolutePath();
        this.clock = Clock.systemUTC();
    }

    public boolean isH2() {
        return jdbc.execute((java.sql.Connection c) ->
                c.getMetaData().getDatabaseProductName().equalsIgnoreCase("H2"));
    }

    /** Writes the backup and returns its path; only for H2 (PostgreSQL is backed up with pg_dump). */
    public Path backup() throws java.io.IOException {
        if (!isH2()) {
            throw new IllegalStateException("Online backup here is for H2 only; back up PostgreSQL with pg_dump");
        }
        Files.createDirectories(backupDir);
        Path target = backupDir.resolve("accountability-" + STAMP.format(clock.instant()) + ".zip");
        jdbc.execute("BACKUP TO '" + target.toString().replace("'", "''") + "'");
        LOG.info("H2 online backup written to {}", target);
        return target;
    }
}
