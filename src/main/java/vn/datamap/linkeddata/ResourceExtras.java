package vn.datamap.linkeddata;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.springframework.stereotype.Component;
import vn.datamap.store.QueryLibrary;
import vn.datamap.store.Store;
import vn.datamap.vocab.Minted;

/**
 * What the page of a database or an agency shows beyond its own statements: a database's
 * milestones as a timeline and its dependencies both ways; an agency's catalogues (its
 * predecessors' included), its roadmap, and where it came from and went in the 2025 mergers.
 */
@Component
public class ResourceExtras {
    private static final ZoneId VIET_NAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /** A point of a timeline. */
    public record Step(String href, String title, String kind, String status, String statusCode, String planned,
                       String achieved, boolean overdue, String database, String databaseHref) {
    }

    /** A link with a label and an optional note (date, count, filer). */
    public record Link(String href, String label, String note) {
    }

    private final Store store;
    private final Minted minted;

    public ResourceExtras(Store store, Minted minted) {
        this.store = store;
        this.minted = minted;
    }

    /** Sections for the page, by name; empty for resources that have none. */
    public Map<String, Object> of(Node resource, boolean isDatabase, boolean isAgency, boolean english) {
        Map<String, Object> extras = new LinkedHashMap<>();
        if (isDatabase) {
            List<Step> steps = new ArrayList<>();
            for (Binding b : select("linkeddata/database-timeline", "database", resource)) {
                steps.add(step(b, english, null));
            }
            extras.put("timeline", steps);
            List<Link> uses = new ArrayList<>();
            List<Link> usedBy = new ArrayList<>();
            for (Binding b : select("linkeddata/dependencies", "database", resource)) {
                Link link = new Link(href(b.get("other")), pick(b, "titleVi", "titleEn", english, b.get("other")), null);
                ("uses".equals(text(b.get("direction"))) ? uses : usedBy).add(link);
            }
            extras.put("dependsOn", uses);
            extras.put("dependedOnBy", usedBy);
        }
        if (isAgency) {
            List<Link> catalogues = new ArrayList<>();
            for (Binding b : select("linkeddata/agency-catalogues", "agency", resource)) {
                catalogues.add(new Link(href(b.get("catalog")), pick(b, "titleVi", "titleEn", english, b.get("catalog")),
                        text(b.get("databases")) + "|" + pick(b, "filerVi", "filerEn", english, b.get("filer"))));
            }
            extras.put("catalogues", catalogues);
            List<Step> roadmap = new ArrayList<>();
            for (Binding b : select("linkeddata/agency-roadmap", "agency", resource)) {
                roadmap.add(step(b, english, b));
            }
            extras.put("roadmap", roadmap);
            List<Link> from = new ArrayList<>();
            List<Link> to = new ArrayList<>();
            for (Binding b : select("linkeddata/agency-lineage", "agency", resource)) {
                String note = text(b.get("date"));
                if ("true".equals(text(b.get("partial")))) {
                    // Only some functions moved (e.g. MOLISA's to MAE), not the whole body.
                    note = (note == null ? "" : note + " · ") + (english ? "part of its functions" : "một phần chức năng, nhiệm vụ");
                }
                Link link = new Link(href(b.get("other")), pick(b, "otherVi", "otherEn", english, b.get("other")), note);
                ("from".equals(text(b.get("direction"))) ? from : to).add(link);
            }
            extras.put("predecessors", from);
            extras.put("successors", to);
        }
        return extras;
    }

    private Step step(Binding b, boolean english, Binding withDatabase) {
        return new Step(href(b.get("milestone")),
                withDatabase == null ? pick(b, "titleVi", "titleEn", english, null) : pick(b, "kindVi", "kindEn", english, null),
                pick(b, "kindVi", "kindEn", english, null), pick(b, "statusVi", "statusEn", english, null),
                text(b.get("statusCode")), text(b.get("planned")), text(b.get("achieved")),
                "true".equals(text(b.get("overdue"))),
                withDatabase == null ? null : pick(b, "dbVi", "dbEn", english, b.get("database")),
                withDatabase == null ? null : href(b.get("database")));
    }

    private List<Binding> select(String query, String var, Node resource) {
        BindingBuilder b = BindingBuilder.create();
        b.add(Var.alloc(var), resource);
        b.add(Var.alloc("today"), NodeFactory.createLiteralDT(LocalDate.now(VIET_NAM).toString(), XSDDatatype.XSDdate));
        return store.read(r -> r.select(QueryLibrary.get(query), b.build()));
    }

    private String href(Node node) {
        if (node == null || !node.isURI()) {
            return null;
        }
        return minted.isMinted(node.getURI()) ? "/" + minted.relative(node.getURI()) : node.getURI();
    }

    private static String pick(Binding b, String vi, String en, boolean english, Node fallback) {
        String v = text(b.get(vi));
        String e = text(b.get(en));
        String chosen = english && e != null ? e : v != null ? v : e;
        if (chosen == null && fallback != null && fallback.isURI()) {
            return fallback.getURI().substring(fallback.getURI().lastIndexOf('/') + 1);
        }
        return chosen;
    }

    private static String text(Node node) {
        return node == null ? null : node.isLiteral() ? node.getLiteralLexicalForm() : node.toString();
    }
}
