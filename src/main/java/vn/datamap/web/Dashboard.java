package vn.datamap.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;
import org.springframework.stereotype.Component;
import vn.datamap.queries.NamedQueries;
import vn.datamap.queries.NamedQuery;
import vn.datamap.store.Store;
import vn.datamap.vocab.Minted;

/**
 * What the front page shows, computed with the named map queries (so every number on the page
 * is one a steward can re-run at {@code /queries}): coverage by agency kind and by province,
 * databases by kind, milestones by status, the most overdue milestones.
 */
@Component
public class Dashboard {
    /** One bar or slice: a label in the reader's language, a count, and the code behind it. */
    public record Slice(String code, String label, long count) {
    }

    /** Coverage of one kind of agency. */
    public record Coverage(String code, String label, long agencies, long covered, String percent) {
    }

    /** One overdue milestone. */
    public record Late(String milestone, String milestoneLabel, String database, String databaseLabel,
                       String owner, String ownerLabel, String planned, long daysLate) {
    }

    /** One province on the map. */
    public record Province(String id, String label, boolean covered, long catalogues, long databases, String href) {
    }

    private final NamedQueries queries;
    private final Store store;
    private final Minted minted;

    public Dashboard(NamedQueries queries, Store store, Minted minted) {
        this.queries = queries;
        this.store = store;
        this.minted = minted;
    }

    public List<Coverage> coverage(boolean english) {
        List<Coverage> rows = new ArrayList<>();
        for (Binding b : run("coverage-by-kind", Map.of())) {
            rows.add(new Coverage(text(b, "kindCode"), label(b, "label", english), number(b, "agencies"),
                    number(b, "withCatalogue"), text(b, "percent")));
        }
        return rows;
    }

    public List<Slice> databasesByKind(boolean english) {
        List<Slice> rows = new ArrayList<>();
        for (Binding b : run("databases-by-kind", Map.of())) {
            rows.add(new Slice(text(b, "code"), label(b, "label", english), number(b, "databases")));
        }
        return rows;
    }

    public List<Slice> milestonesByStatus(boolean english) {
        List<Slice> rows = new ArrayList<>();
        for (Binding b : run("milestones-by-status", Map.of())) {
            rows.add(new Slice(text(b, "code"), label(b, "label", english), number(b, "milestones")));
        }
        return rows;
    }

    public List<Late> overdue(boolean english, int limit) {
        List<Late> rows = new ArrayList<>();
        for (Binding b : run("overdue-milestones", Map.of())) {
            rows.add(new Late(href(b.get("milestone")), label(b, "milestoneLabel", english), href(b.get("database")),
                    label(b, "databaseLabel", english), href(b.get("owner")), label(b, "ownerLabel", english),
                    text(b, "plannedDate"), number(b, "daysLate")));
        }
        rows.sort((a, c) -> Long.compare(c.daysLate(), a.daysLate()));
        return rows.size() > limit ? rows.subList(0, limit) : rows;
    }

    /** Provinces of today or of 2023, keyed by agency id (the {@code id} of the map's features). */
    public Map<String, Province> provinces(boolean of2023, boolean english) {
        Map<String, Province> provinces = new LinkedHashMap<>();
        for (Binding b : run("coverage-by-province", Map.of("period", new String[] {of2023 ? "2023" : "today"}))) {
            String iri = b.get("province").getURI();
            String id = iri.substring(iri.lastIndexOf('/') + 1);
            boolean own = store.graphRecord(minted.catalogueGraph(id)) != null;
            provinces.put(id, new Province(id, label(b, "label", english), "true".equals(text(b, "hasCatalogue")),
                    number(b, "catalogues"), number(b, "databases"), own ? "/catalog/" + id : "/agency/" + id));
        }
        return provinces;
    }

    private List<Binding> run(String name, Map<String, String[]> parameters) {
        NamedQuery query = queries.get(name);
        return queries.run(query, queries.bind(query, parameters).binding()).rows();
    }

    private String href(Node node) {
        if (node == null || !node.isURI()) {
            return null;
        }
        return minted.isMinted(node.getURI()) ? "/" + minted.relative(node.getURI()) : node.getURI();
    }

    private static String label(Binding b, String prefix, boolean english) {
        String en = text(b, prefix + "En");
        String vi = text(b, prefix + "Vi");
        return english && en != null ? en : vi != null ? vi : en;
    }

    private static String text(Binding b, String var) {
        Node n = b.get(var);
        return n == null ? null : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
    }

    private static long number(Binding b, String var) {
        String t = text(b, var);
        try {
            return t == null ? 0 : (long) Double.parseDouble(t);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
