package vn.datamap.web;

import java.util.List;
import java.util.UUID;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The one place where exceptions become HTTP statuses and bodies: JSON problems for programs,
 * an HTML page for a browser that asks for one. Unexpected failures are logged with a reference
 * the caller sees; their details never leave the server.
 */
@RestControllerAdvice
public class ErrorMapper {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);
    private static final List<MediaType> OFFERED = List.of(MediaType.APPLICATION_JSON, MediaType.TEXT_HTML);

    @ExceptionHandler(ApiException.class)
    Object api(ApiException e, HttpServletRequest request) {
        return respond(request, e.status(), e.getMessage());
    }

    @ExceptionHandler(vn.datamap.publish.CatalogNotFoundException.class)
    Object catalogNotFound(RuntimeException e, HttpServletRequest request) {
        return respond(request, 404, e.getMessage());
    }

    @ExceptionHandler(NoResourceFoundException.class)
    Object noResource(NoResourceFoundException e, HttpServletRequest request) {
        return respond(request, 404, "Nothing is published at " + request.getRequestURI());
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    Object notAcceptable(HttpMediaTypeNotAcceptableException e, HttpServletRequest request) {
        return respond(request, 406, "None of the formats this resource offers fits the Accept header");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    Object unsupported(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        return respond(request, 415, "Unsupported body format: " + e.getContentType());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    Object method(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        return respond(request, 405, "Method " + e.getMethod() + " is not allowed here");
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class})
    Object badParameter(Exception e, HttpServletRequest request) {
        String name = e instanceof MissingServletRequestParameterException m ? m.getParameterName()
                : ((MethodArgumentTypeMismatchException) e).getName();
        return respond(request, 400, "Missing or invalid parameter: " + name);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        return respond(request, 413, "The request body is over the size limit");
    }

    @ExceptionHandler(Exception.class)
    Object unexpected(Exception e, HttpServletRequest request) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("Unexpected failure [{}] on {} {}", reference, request.getMethod(), request.getRequestURI(), e);
        return respond(request, 500, "Internal error (reference " + reference + ")");
    }

    /** HTML for a browser that prefers it, a JSON problem for everyone else. */
    static Object respond(HttpServletRequest request, int status, String message) {
        Problem problem = new Problem(status, message);
        boolean html = prefersHtml(request);
        // Validators set before the failure describe a representation that was never sent.
        var attributes = org.springframework.web.context.request.RequestContextHolder.getRequestAttributes();
        if (attributes instanceof org.springframework.web.context.request.ServletRequestAttributes servlet
                && servlet.getResponse() != null && !servlet.getResponse().isCommitted()) {
            servlet.getResponse().setHeader(HttpHeaders.ETAG, null);
            servlet.getResponse().setHeader(HttpHeaders.LAST_MODIFIED, null);
            if (status == 503 && html) {
                servlet.getResponse().setHeader(HttpHeaders.RETRY_AFTER, "5"); // the JSON answer carries its own
            }
        }
        if (html) {
            ModelAndView page = new ModelAndView("error");
            page.setStatus(HttpStatus.valueOf(status));
            page.addObject("problem", problem);
            return page;
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType(Problem.MEDIA_TYPE));
        headers.setCacheControl("no-store");
        if (status == 503) {
            headers.set(HttpHeaders.RETRY_AFTER, "5");
        }
        return new ResponseEntity<>(problem.toJson(), headers, status);
    }

    static boolean prefersHtml(HttpServletRequest request) {
        MediaType chosen = Negotiation.choose(request.getHeader(HttpHeaders.ACCEPT), OFFERED);
        return MediaType.TEXT_HTML.equals(chosen);
    }
}
