package vn.datamap.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.catalina.core.StandardHost;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Errors raised by the servlet container itself (before or outside Spring MVC) get the same
 * body as every other error. Those Tomcat raises before any servlet runs are answered by
 * {@link ProblemReportValve}, installed by {@link #problemReportValve()}.
 */
@Controller
public class ContainerErrorController implements ErrorController {

    /** Makes Tomcat's host answer its own errors with {@link ProblemReportValve} rather than an HTML page. */
    @Bean
    static TomcatContextCustomizer problemReportValve() {
        return context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemReportValve.class.getName());
            }
        };
    }

    @RequestMapping("/error")
    Object error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : 500;
        return ErrorMapper.respond(request, status, message(status, request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI)));
    }

    /** The message of an error the container raised, by status; {@code uri} names what was not found. */
    static String message(int status, Object uri) {
        return switch (status) {
            case 400 -> "Bad request";
            case 404 -> uri != null ? "Nothing is published at " + uri : "Nothing is published here";
            case 405 -> "Method not allowed";
            case 413 -> "The request body is over the size limit";
            default -> status >= 500 ? "Internal error" : "Request refused";
        };
    }
}
