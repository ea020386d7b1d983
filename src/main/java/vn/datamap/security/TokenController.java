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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/tokens}: the administrator issues, lists and revokes API tokens. */
@RestController
public class TokenController {
    private final ApiTokens tokens;
    private final AgencyAccess access;

    TokenController(ApiTokens tokens, AgencyAccess access) {
        this.tokens = tokens;
        this.access = access;
    }

    /** Answers about credentials are for the caller alone: no cache keeps them. */
    @ModelAttribute
    void noStore(HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
    }

    @GetMapping("/api/tokens")
    Map<String, Object> list() {
        access.requireAdmin();
        return Map.of("tokens", tokens.list().stream().map(ApiToken::view).toList());
    }

    /** Issues a token; the answer is the only place its secret ever appears. */
    @PostMapping("/api/tokens")
    ResponseEntity<Map<String, Object>> issue(@RequestBody(required = false) byte[] body) {
        access.requireAdmin();
        JsonRequest json = JsonRequest.parse(body, Set.of("name", "agencies", "account"));
        IssuedToken issued = tokens.issue(json.text("name"), json.texts("agencies"), json.text("account"), access.agent());
        return ResponseEntity.created(URI.create("/api/tokens/" + issued.token().id())).body(issued.view());
    }

    @DeleteMapping("/api/tokens/{id}")
    ResponseEntity<Void> revoke(@PathVariable String id) {
        access.requireAdmin();
        tokens.revoke(id);
        return ResponseEntity.noContent().build();
    }
}
