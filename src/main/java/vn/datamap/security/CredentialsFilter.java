package vn.datamap.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads {@code Authorization: Basic …} or {@code Authorization: Bearer …} on every request and,
 * when the credentials hold, makes their caller the request's authentication. Wrong, unknown or
 * revoked credentials end the request with 401 wherever it was going: a client learns at once
 * that its token no longer works. Nothing is kept beyond the request.
 */
final class CredentialsFilter extends OncePerRequestFilter {
    private final AuthenticationProvider provider;
    private final AuthenticationEntryPoint entryPoint;
    private final SecurityContextRepository contexts;

    CredentialsFilter(AuthenticationProvider provider, AuthenticationEntryPoint entryPoint, SecurityContextRepository contexts) {
        this.provider = provider;
        this.entryPoint = entryPoint;
        this.contexts = contexts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header != null) {
            try {
                Authentication attempt = parse(header.strip());
                if (attempt != null) {
                    SecurityContext context = SecurityContextHolder.createEmptyContext();
                    context.setAuthentication(provider.authenticate(attempt));
                    SecurityContextHolder.setContext(context);
                    contexts.saveContext(context, request, response);
                }
            } catch (AuthenticationException e) {
                SecurityContextHolder.clearContext();
                entryPoint.commence(request, response, e);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** The credentials of a Basic or Bearer header; null for any other scheme, which is left alone. */
    static Authentication parse(String header) {
        int space = header.indexOf(' ');
        String scheme = (space < 0 ? header : header.substring(0, space)).toLowerCase(Locale.ROOT);
        String value = space < 0 ? "" : header.substring(space + 1).strip();
        return switch (scheme) {
            case "bearer" -> new BearerCredentials(value);
            case "basic" -> basic(value);
            default -> null;
        };
    }

    private static Authentication basic(String value) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new BadCredentialsException("The Basic credentials are not valid base64");
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            throw new BadCredentialsException("Basic credentials are 'username:password' in base64");
        }
        return UsernamePasswordAuthenticationToken.unauthenticated(decoded.substring(0, colon), decoded.substring(colon + 1));
    }
}
