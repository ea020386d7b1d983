package vn.datamap.ingest;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.datamap.config.DatamapProperties;
import vn.datamap.security.AgencyAccess;
import vn.datamap.web.ApiException;
import vn.datamap.web.RdfResponses;
import vn.datamap.web.Representation;

/**
 * The steward's side of a catalogue: submit it ({@code PUT}), try it without storing it
 * ({@code POST /api/validate}), read its revisions and restore one.
 */
@RestController
public class SubmissionController {
    private final CatalogueWriter writer;
    private final SubmissionReader reader;
    private final RevisionLog revisions;
    private final RevisionViews views;
    private final OutcomeResponses responses;
    private final AgencyAccess access;
    private final DatamapProperties properties;

    public SubmissionController(CatalogueWriter writer, SubmissionReader reader, RevisionLog revisions,
                                OutcomeResponses responses, AgencyAccess access, DatamapProperties properties,
                                vn.datamap.vocab.Minted minted) {
        this.writer = writer;
        this.reader = reader;
        this.revisions = revisions;
        this.views = new RevisionViews(minted);
        this.responses = responses;
        this.access = access;
        this.properties = properties;
    }

    @PutMapping("/api/agencies/{agencyId}/catalogue")
    public void submit(@PathVariable String agencyId,
                       @RequestParam(name = "confirm-removals", defaultValue = "false") boolean confirmRemovals,
                       HttpServletRequest request, HttpServletResponse response) throws IOException {
        access.requireWriter(agencyId);
        BodyFormat format = format(request);
        byte[] body = Bodies.read(request, properties.maxUploadBytes());
        SubmissionReader.Parsed parsed = reader.read(body, format, agencyId);
        Submission submission = new Submission(agencyId, parsed.graph(), format.mediaType(), body.length, access.agent(),
                confirmRemovals, request.getHeader(HttpHeaders.IF_MATCH), null);
        SubmissionOutcome outcome = parsed.problems().isEmpty() ? writer.submit(submission)
                : parsed.rejected(writer.check(submission));
        responses.write(outcome, parsed, request, response, false);
    }

    @PostMapping("/api/validate")
    public void validate(@RequestParam(required = false) String agency, HttpServletRequest request,
                         HttpServletResponse response) throws IOException {
        BodyFormat format = format(request);
        byte[] body = Bodies.read(request, properties.maxValidateBytes());
        String agencyId = agency != null && !agency.isBlank() ? agency.trim() : reader.agencyOf(body, format);
        SubmissionReader.Parsed parsed = reader.read(body, format, agencyId);
        Submission submission = new Submission(agencyId, parsed.graph(), format.mediaType(), body.length,
                access.agent(), true, null, null);
        SubmissionOutcome outcome = writer.check(submission);
        responses.write(parsed.problems().isEmpty() ? outcome : parsed.rejected(outcome), parsed, request, response, true);
    }

    @GetMapping("/api/agencies/{agencyId}/revisions")
    public Object revisions(@PathVariable String agencyId, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        access.requireReader(agencyId);
        List<Revision> list = revisions.list(agencyId);
        var rdf = JsonOrRdf.choose(request);
        if (rdf != null) {
            RdfResponses.write(response, views.prov(agencyId, list), rdf);
            return null;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("agency", agencyId);
        body.put("revisions", list.stream().map(views::json).toList());
        return body;
    }

    @GetMapping("/api/agencies/{agencyId}/revisions/{number}")
    public void revision(@PathVariable String agencyId, @PathVariable int number, HttpServletRequest request,
                         HttpServletResponse response) throws IOException {
        access.requireReader(agencyId);
        var snapshot = revisions.snapshot(agencyId, number);
        if (snapshot == null) {
            throw ApiException.notFound("The catalogue of '" + agencyId + "' has no revision " + number);
        }
        RdfResponses.write(response, snapshot, Representation.negotiate(request, null, false).rdf());
    }

    @PostMapping("/api/agencies/{agencyId}/revisions/{number}/restore")
    public void restore(@PathVariable String agencyId, @PathVariable int number, HttpServletRequest request,
                        HttpServletResponse response) throws IOException {
        access.requireWriter(agencyId);
        var snapshot = revisions.snapshot(agencyId, number);
        if (snapshot == null) {
            throw ApiException.notFound("The catalogue of '" + agencyId + "' has no revision " + number);
        }
        Submission submission = new Submission(agencyId, snapshot, "revision " + number, 0, access.agent(), true,
                request.getHeader(HttpHeaders.IF_MATCH), number);
        responses.write(writer.submit(submission), SubmissionReader.Parsed.rdf(snapshot), request, response, false);
    }

    private static BodyFormat format(HttpServletRequest request) {
        BodyFormat format = BodyFormat.of(request.getContentType());
        if (format == null) {
            throw ApiException.unsupportedMediaType("A catalogue is sent as Turtle, JSON-LD, RDF/XML, N-Triples, "
                    + "CSV or XLSX (by Content-Type), not '" + request.getContentType() + "'");
        }
        return format;
    }
}
