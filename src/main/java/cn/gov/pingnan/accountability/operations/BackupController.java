package cn.gov.pingnan.accountability.operations;

import cn.gov.pingnan.accountability.security.AllowedGroups;
import cn.gov.pingnan.accountability.staff.StaffGroup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/operations/backup}: operators take an online backup of the H2 database. */
@RestController
public class BackupController {

    private final DatabaseBackup backup;

    public BackupController(DatabaseBackup backup) {
        this.backup = backup;
    }

    @PostMapping("/api/operations/backup")
    @AllowedGroups(StaffGroup.ADMIN_GROUP)
    public ResponseEntity<Map<String, Object>> backup() throws IOException {
        if (!backup.isH2()) {
            return ResponseEntity.status(HttpStatus.CONFLICT)
                    .body(Map.of("error", "This database is not H2: back it up with pg_dump (see docs/operations.md)"));
        }
        Path file = backup.backup();
        return ResponseEntity.ok(Map.of("file", file.toString(), "bytes", Files.size(file)));
    }
}
