package vn.datamap.security;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.datamap.web.Problem;

/**
 * Refuses (403) a request that needs credentials when it comes with the {@code Origin} of another
 * site: a page elsewhere cannot make a signed-in browser write here. The server's own origins are
 * the one the request was addressed to and the one of the configured base URI (behind a proxy
 * the two differ). Open requests are not checked: anyone may read.
 */
final class OriginGuard extends OncePerRequestFilter {
    private final AccessRules rules;
    private final String baseOrigin;

    OriginGuard(AccessRules rules, String baseUri) {
        this.rules = rules;
        this.baseOrigin = origin(baseUri);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (origin != null && !rules.isOpen(request) && !isOwn(origin, request)) {
            new Problem(403, "Requests that need credentials are refused from pages of another site").writeTo(response);
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean isOwn(String origin, HttpServletRequest request) {
        String given = origin(origin);
        if (given == null) {
            return false;
        }
        String own = origin(request.getScheme() + "://" + hostForUri(request.getServerName()) + ":" + request.getServerPort());
        return given.equals(own) || given.equals(baseOrigin);
    }

    /** {@code scheme://host:port}, lower case, with the scheme's default port made explicit; null when not a web origin. */
    static String origin(String uri) {
        try {
            URI parsed = URI.create(uri.strip());
            String scheme = parsed.getScheme() == null ? null : parsed.getScheme().toLowerCase(Locale.ROOT);
            if (parsed.getHost() == null || !("http".equals(scheme) || "https".equals(scheme))) {
                return null;
            }
            int port = parsed.getPort() != -1 ? parsed.getPort() : "https".equals(scheme) ? 443 : 80;
            return scheme + "://" + parsed.getHost().toLowerCase(Locale.ROOT) + ":" + port;
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }

    private static String hostForUri(String host) {
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }
}
