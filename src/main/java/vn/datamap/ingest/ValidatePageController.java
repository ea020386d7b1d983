package vn.datamap.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import vn.datamap.config.DatamapProperties;
import vn.datamap.store.QueryLibrary;
import vn.datamap.store.Store;
import vn.datamap.validate.Finding;
import vn.datamap.vocab.Minted;
import vn.datamap.web.ApiException;

/**
 * {@code /validate}: a page where a steward uploads a catalogue file (Turtle, JSON-LD, RDF/XML,
 * N-Triples, CSV or XLSX) and reads what the server would say, without storing anything.
 * Works without JavaScript: a plain form posted as multipart.
 */
@Controller
public class ValidatePageController {
    /** One agency in the form's list. */
    public record AgencyOption(String id, String nameVi, String nameEn, boolean current) {
    }

    /** One row of the report, as the page shows it. */
    public record Row(String severity, String where, String messageVi, String messageEn, String value) {
    }

    private final CatalogueWriter writer;
    private final SubmissionReader reader;
    private final Store store;
    private final Minted minted;
    private final DatamapProperties properties;

    public ValidatePageController(CatalogueWriter writer, SubmissionReader reader, Store store, Minted minted,
                                  DatamapProperties properties) {
        this.writer = writer;
        this.reader = reader;
        this.store = store;
        this.minted = minted;
        this.properties = properties;
    }

    @GetMapping("/validate")
    public ModelAndView form() {
        return page(null);
    }

    @PostMapping(path = "/validate", consumes = "multipart/form-data")
    public ModelAndView validate(@RequestParam("file") MultipartFile file, @RequestParam(required = false) String agency)
            throws IOException {
        ModelAndView view = page(agency);
        if (file.isEmpty()) {
            view.addObject("error", "validate.error.empty");
            return view;
        }
        if (file.getSize() > properties.maxValidateBytes()) {
            throw ApiException.payloadTooLarge("The file is larger than the limit of " + properties.maxValidateBytes() + " bytes");
        }
        BodyFormat format = BodyFormat.ofFileName(file.getOriginalFilename());
        if (format == null) {
            format = BodyFormat.of(file.getContentType());
        }
        if (format == null) {
            view.addObject("error", "validate.error.format");
            return view;
        }
        byte[] body = file.getBytes();
        try {
            String agencyId = agency != null && !agency.isBlank() ? agency : reader.agencyOf(body, format);
            SubmissionReader.Parsed parsed = reader.read(body, format, agencyId);
            Submission submission = new Submission(agencyId, parsed.graph(), format.mediaType(), body.length, "anonymous",
                    true, null, null);
            SubmissionOutcome checked = writer.check(submission);
            SubmissionOutcome outcome = parsed.problems().isEmpty() ? checked : parsed.rejected(checked);
            view.addObject("outcome", outcome);
            view.addObject("agency", agencyId);
            view.addObject("fileName", file.getOriginalFilename());
            view.addObject("rows", rows(outcome, parsed));
        } catch (ApiException e) {
            // Unreadable file, unknown agency: said on the page, in the steward's language where we can.
            view.addObject("problem", e.getMessage());
        }
        return view;
    }

    private ModelAndView page(String agency) {
        ModelAndView view = new ModelAndView("validate");
        List<AgencyOption> agencies = new ArrayList<>();
        store.read(r -> {
            r.select(QueryLibrary.get("ingest/agencies"), null, row -> agencies.add(new AgencyOption(
                    row.get("id").getLiteralLexicalForm(), text(row.get("nameVi")), text(row.get("nameEn")), row.get("until") == null)));
            return null;
        });
        view.addObject("agencies", agencies);
        view.addObject("selected", agency);
        view.addObject("maxBytes", properties.maxValidateBytes());
        return view;
    }

    private List<Row> rows(SubmissionOutcome outcome, SubmissionReader.Parsed parsed) {
        List<Row> rows = new ArrayList<>();
        for (Finding f : outcome.findings()) {
            Map<String, Object> place = parsed.locator().apply(f);
            String where = place != null ? place.get("sheet") + " · " + place.get("row") + " · " + place.get("column")
                    : f.focus() == null ? "" : describe(f.focus()) + (f.path() == null ? "" : " · " + local(f.path()));
            rows.add(new Row(f.severity(), where, f.messageVi(), f.messageEn(), f.value() == null ? null : describe(f.value())));
        }
        return rows;
    }

    private String describe(Node node) {
        if (node.isURI()) {
            return minted.isMinted(node.getURI()) ? minted.relative(node.getURI()) : node.getURI();
        }
        return node.isLiteral() ? node.getLiteralLexicalForm() : "[]";
    }

    private static String local(Node property) {
        String iri = property.getURI();
        return iri.substring(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);
    }

    private static String text(Node node) {
        return node == null ? null : node.getLiteralLexicalForm();
    }
}
