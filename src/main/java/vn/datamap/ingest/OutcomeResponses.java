package vn.datamap.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import tools.jackson.databind.json.JsonMapper;
import vn.datamap.validate.Finding;
import vn.datamap.validate.ReportFormats;
import vn.datamap.vocab.Minted;
import vn.datamap.web.Problem;
import vn.datamap.web.RdfFormat;
import vn.datamap.web.RdfResponses;

/**
 * How a submission's outcome is answered: 200 with a summary (accepted or unchanged), or 422
 * with the validation report — JSON, or {@code sh:ValidationReport} in an RDF syntax by Accept.
 * A dry run answers 200 with the same report and {@code conforms}.
 */
public class OutcomeResponses {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Minted minted;
    private final RevisionViews views;

    public OutcomeResponses(Minted minted) {
        this.minted = minted;
        this.views = new RevisionViews(minted);
    }

    void write(SubmissionOutcome outcome, SubmissionReader.Parsed parsed, HttpServletRequest request,
               HttpServletResponse response, boolean dryRun) throws IOException {
        boolean rejected = outcome.status() == SubmissionOutcome.Status.REJECTED;
        RdfFormat rdf = JsonOrRdf.choose(request);
        int status = rejected && !dryRun ? 422 : 200;
        if (rdf != null) {
            response.setStatus(status);
            RdfResponses.write(response, ReportFormats.shacl(outcome.findings()), rdf);
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        if (rejected && !dryRun) {
            rejection(body, "The catalogue breaks " + outcome.violations() + " rule(s) of the profile; "
                    + "nothing was changed. Each result says what to fix, in Vietnamese and English.");
        } else {
            body.put("status", dryRun ? (rejected ? "rejected" : "conforms") : outcome.status().name().toLowerCase());
        }
        body.putAll(summary(outcome, parsed.locator()));
        response.setStatus(status);
        if (outcome.status() == SubmissionOutcome.Status.ACCEPTED && !dryRun) {
            response.setHeader(HttpHeaders.ETAG, "W/\"" + outcome.generation() + "\"");
        }
        response.setContentType((rejected && !dryRun ? Problem.MEDIA_TYPE : "application/json") + ";charset=UTF-8");
        response.getOutputStream().write(JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The outcomes of one update over several catalogues: 200 with a summary of each catalogue it
     * changed, or 422 with the findings of those that break the rules (then nothing changed).
     */
    void writeAll(List<SubmissionOutcome> outcomes, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        boolean rejected = outcomes.stream().anyMatch(o -> o.status() == SubmissionOutcome.Status.REJECTED);
        RdfFormat rdf = JsonOrRdf.choose(request);
        if (rdf != null) {
            response.setStatus(rejected ? 422 : 200);
            RdfResponses.write(response, ReportFormats.shacl(outcomes.stream().flatMap(o -> o.findings().stream()).toList()), rdf);
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        if (rejected) {
            rejection(body, "The update leaves " + outcomes.size() + " catalogue(s) breaking rules of "
                    + "the profile; nothing was changed. Each result says what to fix, in Vietnamese and English.");
        } else {
            boolean accepted = outcomes.stream().anyMatch(o -> o.status() == SubmissionOutcome.Status.ACCEPTED);
            body.put("status", accepted ? "accepted" : "unchanged");
        }
        body.put("catalogues", outcomes.stream().map(o -> summary(o, f -> Map.of())).toList());
        response.setStatus(rejected ? 422 : 200);
        response.setContentType((rejected ? Problem.MEDIA_TYPE : "application/json") + ";charset=UTF-8");
        response.getOutputStream().write(JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8));
    }

    /** The fields of a 422 problem (RFC 9457 and the product's own), at the head of a report body. */
    private static void rejection(Map<String, Object> body, String message) {
        Problem problem = new Problem(422, message);
        body.put("type", "about:blank");
        body.put("title", problem.error());
        body.put("status", 422);
        body.put("detail", problem.message());
        body.put("error", problem.error());
        body.put("message", problem.message());
    }

    private Map<String, Object> summary(SubmissionOutcome outcome, Function<Finding, Map<String, Object>> locator) {
        Map<String, Object> body = new LinkedHashMap<>();
        boolean rejected = outcome.status() == SubmissionOutcome.Status.REJECTED;
        body.put("agency", outcome.agencyId());
        body.put("catalogue", minted.catalogue(outcome.agencyId()).getURI());
        body.put("conforms", !rejected);
        if (outcome.revision() != null) {
            body.put("revision", views.json(outcome.revision()));
        }
        if (outcome.changes() != null) {
            body.put("databases", RevisionViews.changes(outcome.changes()));
            body.put("milestones", outcome.changes().milestones());
        }
        body.put("violations", outcome.violations());
        body.put("warnings", outcome.warnings());
        body.put("results", ReportFormats.json(outcome.findings(), locator));
        return body;
    }
}
