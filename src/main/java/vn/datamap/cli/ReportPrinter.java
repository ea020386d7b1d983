package vn.datamap.cli;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.graph.Node;
import tools.jackson.databind.json.JsonMapper;
import vn.datamap.ingest.SubmissionOutcome;
import vn.datamap.ingest.SubmissionReader;
import vn.datamap.validate.Finding;
import vn.datamap.validate.ReportFormats;
import vn.datamap.vocab.Minted;

/** Prints an outcome for a person (one line per finding, Vietnamese then English) or as JSON. */
final class ReportPrinter {
    private final PrintStream out;
    private final Minted minted;

    ReportPrinter(PrintStream out, Minted minted) {
        this.out = out;
        this.minted = minted;
    }

    void print(SubmissionOutcome outcome, SubmissionReader.Parsed parsed, boolean json) {
        if (json) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", outcome.status().name().toLowerCase());
            body.put("agency", outcome.agencyId());
            body.put("violations", outcome.violations());
            body.put("warnings", outcome.warnings());
            if (outcome.revision() != null) {
                body.put("revision", outcome.revision().number());
            }
            body.put("results", ReportFormats.json(outcome.findings(), parsed.locator()));
            out.println(JsonMapper.builder().build().writeValueAsString(body));
            return;
        }
        for (Finding f : outcome.findings()) {
            Map<String, Object> place = parsed.locator().apply(f);
            String where = place != null ? place.get("sheet") + ", dòng/row " + place.get("row") + ", cột/column " + place.get("column")
                    : f.focus() == null ? "" : name(f.focus()) + (f.path() == null ? "" : " " + name(f.path()));
            out.println((f.isViolation() ? "LỖI/ERROR " : "KHUYẾN NGHỊ/WARNING ") + where);
            out.println("  " + f.messageVi());
            out.println("  " + f.messageEn());
        }
        String verdict = switch (outcome.status()) {
            case REJECTED -> "Chưa hợp lệ / Not valid";
            case UNCHANGED -> "Không có thay đổi / Unchanged";
            case ACCEPTED -> outcome.revision() != null ? "Đã lưu phiên bản " + outcome.revision().number()
                    + " / Stored as revision " + outcome.revision().number() : "Hợp lệ / Valid";
        };
        out.println(verdict + ": " + outcome.violations() + " lỗi/errors, " + outcome.warnings() + " khuyến nghị/warnings"
                + (outcome.changes() == null ? "" : "; " + outcome.changes().databases() + " cơ sở dữ liệu/databases (+"
                + outcome.changes().added().size() + " ~" + outcome.changes().changed().size() + " -"
                + outcome.changes().removed().size() + ")"));
    }

    private String name(Node node) {
        if (node.isURI()) {
            String iri = node.getURI();
            return minted.isMinted(iri) ? minted.relative(iri) : iri.substring(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);
        }
        return node.isLiteral() ? node.getLiteralLexicalForm() : "[]";
    }
}
