package vn.datamap.security;

import java.net.URI;
import java.util.Map;
import java.util.Set;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.datamap.web.ApiException;

/** {@code /api/accounts} (administrator only) and {@code /api/me} (anyone signed in). */
@RestController
public class AccountController {
    private final Accounts accounts;
    private final AgencyAccess access;

    AccountController(Accounts accounts, AgencyAccess access) {
        this.accounts = accounts;
        this.access = access;
    }

    /** Answers about credentials are for the caller alone: no cache keeps them. */
    @ModelAttribute
    void noStore(HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
    }

    @GetMapping("/api/accounts")
    Map<String, Object> list() {
        access.requireAdmin();
        return Map.of("accounts", accounts.list().stream().map(Account::view).toList());
    }

    @PostMapping("/api/accounts")
    ResponseEntity<Map<String, Object>> create(@RequestBody(required = false) byte[] body) {
        access.requireAdmin();
        JsonRequest json = JsonRequest.parse(body, Set.of("username", "password", "role", "agencies"));
        Account account = accounts.create(json.text("username"), json.text("password"), json.text("role"), json.texts("agencies"));
        return ResponseEntity.created(URI.create("/api/accounts/" + account.username())).body(account.view());
    }

    @GetMapping("/api/accounts/{username}")
    Map<String, Object> get(@PathVariable String username) {
        access.requireAdmin();
        return accounts.get(username).view();
    }

    @PutMapping("/api/accounts/{username}")
    Map<String, Object> update(@PathVariable String username, @RequestBody(required = false) byte[] body) {
        access.requireAdmin();
        JsonRequest json = JsonRequest.parse(body, Set.of("password", "agencies"));
        return accounts.update(username, json.text("password"), json.texts("agencies")).view();
    }

    @DeleteMapping("/api/accounts/{username}")
    ResponseEntity<Void> delete(@PathVariable String username) {
        access.requireAdmin();
        accounts.delete(username);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/me")
    Map<String, Object> me() {
        return access.caller().orElseThrow(() -> ApiException.unauthorized(AgencyAccess.NEEDS_CREDENTIALS)).view();
    }
}
