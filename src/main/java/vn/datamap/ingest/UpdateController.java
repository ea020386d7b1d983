package vn.datamap.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.datamap.config.DatamapProperties;
import vn.datamap.security.AgencyAccess;
import vn.datamap.web.ApiException;

/**
 * {@code POST /sparql/update}, the SPARQL 1.1 Update operation: the administrator's only (the
 * access rules say so), as {@code application/sparql-update} or a form field {@code update}.
 * The work is {@link SparqlUpdates}'.
 */
@RestController
public class UpdateController {
    private static final String FORM = "application/x-www-form-urlencoded";
    private final SparqlUpdates updates;
    private final OutcomeResponses responses;
    private final AgencyAccess access;
    private final DatamapProperties properties;

    public UpdateController(SparqlUpdates updates, OutcomeResponses responses, AgencyAccess access,
                            DatamapProperties properties) {
        this.updates = updates;
        this.responses = responses;
        this.access = access;
        this.properties = properties;
    }

    @PostMapping("/sparql/update")
    public void update(@RequestParam(name = "confirm-removals", defaultValue = "false") boolean confirmRemovals,
                       HttpServletRequest request, HttpServletResponse response) throws IOException {
        String type = request.getContentType() == null ? ""
                : request.getContentType().split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        String text;
        if (type.equals(CatalogueWriter.SPARQL_UPDATE)) {
            text = new String(Bodies.read(request, properties.maxUploadBytes()), StandardCharsets.UTF_8);
        } else if (type.equals(FORM)) {
            text = request.getParameter("update");
            if (text == null) {
                throw ApiException.badRequest("A form sent to /sparql/update needs the field 'update'");
            }
        } else {
            throw ApiException.unsupportedMediaType("An update is sent as " + CatalogueWriter.SPARQL_UPDATE + ", or as a form ("
                    + FORM + ") with the field 'update'");
        }
        if (request.getParameter("using-graph-uri") != null || request.getParameter("using-named-graph-uri") != null) {
            throw ApiException.badRequest("using-graph-uri and using-named-graph-uri are not supported; "
                    + "write USING or WITH in the update itself");
        }
        responses.writeAll(updates.apply(text, access.agent(), confirmRemovals), request, response);
    }
}
