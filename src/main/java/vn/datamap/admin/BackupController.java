package vn.datamap.admin;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.datamap.security.AgencyAccess;
import vn.datamap.web.ApiException;

/**
 * Backups for the administrator: {@code POST /api/admin/backup} writes one and answers 201 with
 * its name, path, size and counts; {@code GET /api/admin/backups} lists them;
 * {@code GET /api/admin/backups/{name}} downloads one. The security rules already keep
 * {@code /api/admin/**} to administrators; the check here says so where the endpoint is.
 */
@RestController
public class BackupController {
    private final BackupService backups;
    private final AgencyAccess access;

    public BackupController(BackupService backups, AgencyAccess access) {
        this.backups = backups;
        this.access = access;
    }

    @PostMapping("/api/admin/backup")
    public ResponseEntity<Map<String, Object>> backup() {
        access.requireAdmin();
        Backup backup = backups.create();
        return ResponseEntity.created(URI.create("/api/admin/backups/" + backup.name())).body(backup.json());
    }

    @GetMapping("/api/admin/backups")
    public Map<String, Object> list() {
        access.requireAdmin();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("backups", backups.list().stream().map(Backup::json).toList());
        return body;
    }

    @GetMapping("/api/admin/backups/{name}")
    public void download(@PathVariable String name, HttpServletResponse response) throws IOException {
        access.requireAdmin();
        Backup backup = backups.find(name);
        if (backup == null) {
            throw ApiException.notFound("There is no backup named '" + name + "'");
        }
        response.setContentType("application/gzip");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + backup.name() + "\"");
        response.setContentLengthLong(backup.bytes());
        Files.copy(backup.path(), response.getOutputStream());
    }
}
