package vn.datamap.security;

import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import vn.datamap.web.Problem;

/**
 * The 401 and 403 of the security filters, which answer before Spring MVC and its error mapper:
 * the same JSON problem as every other error. A 401 names both schemes it accepts.
 *
 * <p>An anonymous request with a method that nothing on its path accepts (say {@code POST
 * /catalog}) gets the 405 it would get with credentials: credentials would not help it. The
 * request is refused either way; only the status differs.
 */
final class SecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {
    static final String CHALLENGE = "Basic realm=\"Vietnam Data Map\", Bearer";
    private final Supplier<RequestMappingHandlerMapping> mappings;

    SecurityProblems(Supplier<RequestMappingHandlerMapping> mappings) {
        this.mappings = mappings;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException reason)
            throws IOException {
        if (!(reason instanceof BadCredentialsException)) {
            Set<String> allowed = allowedMethods(request);
            if (allowed != null) {
                response.setHeader(HttpHeaders.ALLOW, String.join(", ", allowed));
                new Problem(405, "Method " + request.getMethod() + " is not allowed here").writeTo(response);
                return;
            }
        }
        String message = reason instanceof BadCredentialsException ? reason.getMessage()
                : "This needs credentials: an account (HTTP Basic) or an API token (Authorization: Bearer)";
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE);
        new Problem(401, message).writeTo(response);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        new Problem(403, "Only an administrator may do this").writeTo(response);
    }

    /**
     * The methods the application's controllers accept on this path when the request's method is
     * not among them; null when it is, when a controller takes any method, or when no controller
     * serves the path (a servlet filter may).
     */
    private Set<String> allowedMethods(HttpServletRequest request) {
        RequestMappingHandlerMapping mapping = mappings.get();
        if (mapping == null) {
            return null;
        }
        boolean parsedHere = !ServletRequestPathUtils.hasParsedRequestPath(request);
        if (parsedHere) {
            ServletRequestPathUtils.parseAndCache(request);
        }
        try {
            Set<String> methods = new TreeSet<>();
            boolean pathServed = false;
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                PathPatternsRequestCondition paths = info.getPathPatternsCondition();
                if (paths == null || paths.getMatchingCondition(request) == null) {
                    continue;
                }
                pathServed = true;
                Set<RequestMethod> accepted = info.getMethodsCondition().getMethods();
                if (accepted.isEmpty()) {
                    return null;
                }
                accepted.forEach(m -> methods.add(m.name()));
            }
            if (!pathServed || methods.contains(request.getMethod())) {
                return null;
            }
            if (methods.contains("GET")) {
                methods.add("HEAD");
            }
            methods.add("OPTIONS");
            return methods;
        } finally {
            if (parsedHere) {
                ServletRequestPathUtils.clearParsedRequestPath(request);
            }
        }
    }
}
