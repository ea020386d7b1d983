package vn.datamap.security;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

import java.util.List;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Which requests are open to everyone, which need credentials and which the administrator
 * alone may make. The filter chain, the cross-origin rules and the Origin check all read these
 * matchers, so they cannot drift apart.
 *
 * <ul>
 *   <li>admin only: {@code /api/accounts/**}, {@code /api/tokens/**}, {@code /sparql/update},
 *       {@code /api/admin/**} (backups);</li>
 *   <li>signed in: {@code /api/me} and the revisions of a catalogue (internal records);</li>
 *   <li>open: every other GET, HEAD and OPTIONS, and the read-only POSTs ({@code /sparql},
 *       {@code /api/validate}, {@code /validate});</li>
 *   <li>everything else (every write) needs credentials.</li>
 * </ul>
 */
final class AccessRules {
    private final RequestMatcher adminOnly = new OrRequestMatcher(
            pathPattern("/api/accounts"), pathPattern("/api/accounts/**"),
            pathPattern("/api/tokens"), pathPattern("/api/tokens/**"),
            pathPattern("/sparql/update"), pathPattern("/api/admin/**"));
    private final RequestMatcher signedIn = new OrRequestMatcher(
            pathPattern("/api/me"),
            pathPattern("/api/agencies/*/revisions"), pathPattern("/api/agencies/*/revisions/**"));
    private final RequestMatcher reads = new OrRequestMatcher(
            pathPattern(HttpMethod.GET, "/**"), pathPattern(HttpMethod.HEAD, "/**"), pathPattern(HttpMethod.OPTIONS, "/**"));
    private final RequestMatcher readOnlyPosts = new OrRequestMatcher(
            pathPattern(HttpMethod.POST, "/sparql"), pathPattern(HttpMethod.POST, "/api/validate"),
            pathPattern(HttpMethod.POST, "/validate"));
    private final RequestMatcher open = new OrRequestMatcher(
            new AndRequestMatcher(reads, new NegatedRequestMatcher(adminOnly), new NegatedRequestMatcher(signedIn)),
            readOnlyPosts);

    RequestMatcher adminOnly() {
        return adminOnly;
    }

    RequestMatcher open() {
        return open;
    }

    /** True when anyone may make this request, without credentials and from any origin. */
    boolean isOpen(HttpServletRequest request) {
        return open.matches(request);
    }

    /** The methods among GET, HEAD and POST that anyone may use on this request's path. */
    List<String> openMethods(HttpServletRequest request) {
        return List.of("GET", "HEAD", "POST").stream().filter(m -> isOpen(withMethod(request, m))).toList();
    }

    /** The same request as if it used another method: to answer a CORS preflight about it. */
    static HttpServletRequest withMethod(HttpServletRequest request, String method) {
        return new HttpServletRequestWrapper(request) {
            @Override
            public String getMethod() {
                return method;
            }
        };
    }
}
