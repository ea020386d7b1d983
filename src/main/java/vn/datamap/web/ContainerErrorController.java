package vn.datamap.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Errors raised by the servlet container itself (before or outside Spring MVC) get the same
 * body as every other error.
 */
@Controller
public class ContainerErrorController implements ErrorController {

    @RequestMapping("/error")
    Object error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : 500;
        String message = switch (status) {
            case 400 -> "Bad request";
            case 404 -> "Nothing is published at " + request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
            case 405 -> "Method not allowed";
            case 413 -> "The request body is over the size limit";
            default -> status >= 500 ? "Internal error" : "Request refused";
        };
        return ErrorMapper.respond(request, status, message);
    }
}
