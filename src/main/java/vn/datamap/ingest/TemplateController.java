package vn.datamap.ingest;

import java.io.IOException;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.datamap.ingest.sheet.SheetFormat;
import vn.datamap.publish.CatalogPublisher;
import vn.datamap.store.Store;
import vn.datamap.vocab.Minted;
import vn.datamap.web.ApiException;

/**
 * The spreadsheet template: blank ({@code /api/template.csv|xlsx}, optionally for one agency)
 * or filled with an agency's stored catalogue ({@code /api/agencies/{agencyId}/catalogue.csv|xlsx}),
 * which a steward edits and sends back with PUT.
 */
@Controller
public class TemplateController {
    private final SubmissionReader reader;
    private final Store store;
    private final Minted minted;
    private final CatalogPublisher publisher;

    public TemplateController(SubmissionReader reader, Store store, Minted minted, CatalogPublisher publisher) {
        this.reader = reader;
        this.store = store;
        this.minted = minted;
        this.publisher = publisher;
    }

    @GetMapping("/api/template.{suffix}")
    public void blank(@PathVariable String suffix, @RequestParam(required = false) String agency,
                      HttpServletResponse response) throws IOException {
        SheetFormat format = format(suffix);
        String agencyId = agency == null || agency.isBlank() ? "" : agency.trim();
        send(response, format, "mau-danh-muc" + (agencyId.isEmpty() ? "" : "-" + agencyId), GraphFactory.createDefaultGraph(), agencyId);
    }

    @GetMapping("/api/agencies/{agencyId}/catalogue.{suffix}")
    public void filled(@PathVariable String agencyId, @PathVariable String suffix, HttpServletResponse response)
            throws IOException {
        SheetFormat format = format(suffix);
        publisher.requireCatalogue(agencyId);
        Graph stored = store.read(r -> r.graph(minted.catalogueGraph(agencyId)));
        if (stored.isEmpty()) {
            throw ApiException.notFound("The catalogue of '" + agencyId + "' is reference data, not a spreadsheet");
        }
        send(response, format, "danh-muc-" + agencyId, stored, agencyId);
    }

    private void send(HttpServletResponse response, SheetFormat format, String name, Graph graph, String agencyId)
            throws IOException {
        boolean csv = format == SheetFormat.CSV;
        response.setContentType(csv ? "text/csv;charset=UTF-8" : BodyFormat.XLSX.mediaType());
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + (csv ? ".csv" : ".xlsx") + "\"");
        reader.sheets().write(graph, agencyId, format, response.getOutputStream());
    }

    private static SheetFormat format(String suffix) {
        return switch (suffix) {
            case "csv" -> SheetFormat.CSV;
            case "xlsx" -> SheetFormat.XLSX;
            default -> throw ApiException.notFound("The template comes as .csv or .xlsx, not ." + suffix);
        };
    }
}
