package vn.datamap.ingest.sheet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import vn.datamap.ingest.sheet.Column.CodeList;

/**
 * Maps milestone and data-service records to the roadmap ({@code dataset/{id}/roadmap}), its
 * milestones ({@code dataset/{id}/milestone/{n}}) and the service ({@code dataset/{id}/api}) of
 * the databases read before. A milestone without a number gets the next free one of its
 * database, in row order; a database without milestones gets no roadmap.
 */
final class RoadmapBuilder {
    private record Step(GraphBuilder.Database db, int number, SheetRow row) {}

    private final Values values;
    private final Problems problems;
    private final Output out;
    private final Map<String, GraphBuilder.Database> databases;

    RoadmapBuilder(Values values, Problems problems, Output out, Map<String, GraphBuilder.Database> databases) {
        this.values = values;
        this.problems = problems;
        this.out = out;
        this.databases = databases;
    }

    void milestones(List<SheetRow> rows) {
        Map<String, Map<Integer, Step>> numbered = new LinkedHashMap<>();
        List<Step> unnumbered = new ArrayList<>();
        for (SheetRow row : rows) {
            GraphBuilder.Database db = database(row, "milestone_database");
            if (db == null) {
                continue;
            }
            String text = row.get("milestone_number");
            if (text.isEmpty()) {
                unnumbered.add(new Step(db, 0, row));
                continue;
            }
            int n = number(text);
            if (n <= 0) {
                problems.badMilestoneNumber(row.cell("milestone_number"), text);
                continue;
            }
            Map<Integer, Step> steps = numbered.computeIfAbsent(db.identifier(), k -> new LinkedHashMap<>());
            Step first = steps.get(n);
            if (first != null) {
                problems.duplicateMilestone(row.cell("milestone_number"), db.identifier(), n, first.row().cell("milestone_number"));
                continue;
            }
            steps.put(n, new Step(db, n, row));
        }
        for (Step s : unnumbered) {
            Map<Integer, Step> steps = numbered.computeIfAbsent(s.db().identifier(), k -> new LinkedHashMap<>());
            int next = steps.keySet().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
            steps.put(next, new Step(s.db(), next, s.row()));
        }
        numbered.values().forEach(steps -> steps.values().forEach(this::milestone));
    }

    private void milestone(Step step) {
        Node db = step.db().node();
        SheetRow dbRow = step.db().row();
        Node roadmap = NodeFactory.createURI(db.getURI() + "/roadmap");
        Node m = NodeFactory.createURI(db.getURI() + "/milestone/" + step.number());
        SheetRow row = step.row();
        out.put(db, Terms.ROADMAP, roadmap, dbRow.cell("identifier"));
        out.put(roadmap, Terms.TYPE, Terms.ROADMAP_CLASS, dbRow.cell("identifier"));
        out.put(roadmap, Terms.MILESTONE, m, dbRow.cell("identifier"));
        out.put(m, Terms.TYPE, Terms.MILESTONE_CLASS, row.anchor());
        out.text(m, Terms.TITLE, row, "milestone_title_vi", "vi");
        out.text(m, Terms.TITLE, row, "milestone_title_en", "en");
        out.put(m, Terms.MILESTONE_KIND, values.code(row, "milestone_kind", CodeList.MILESTONE_KIND), row.cell("milestone_kind"));
        out.put(m, Terms.STATUS, values.code(row, "milestone_status", CodeList.MILESTONE_STATUS), row.cell("milestone_status"));
        out.put(m, Terms.PLANNED_DATE, values.date(row, "milestone_planned"), row.cell("milestone_planned"));
        out.put(m, Terms.ACHIEVED_DATE, values.date(row, "milestone_achieved"), row.cell("milestone_achieved"));
    }

    void services(List<SheetRow> rows, Node catalogue, Node agency) {
        Map<String, SheetRow> seen = new HashMap<>();
        for (SheetRow row : rows) {
            GraphBuilder.Database db = database(row, "service_database");
            if (db == null) {
                continue;
            }
            SheetRow first = seen.putIfAbsent(db.identifier(), row);
            if (first != null) {
                problems.duplicateService(row.cell("service_database"), db.identifier(), first.cell("service_database"));
                continue;
            }
            Node s = NodeFactory.createURI(db.node().getURI() + "/api");
            out.put(catalogue, Terms.SERVICE, s, row.cell("service_title_vi"));
            out.put(s, Terms.TYPE, Terms.DATA_SERVICE, row.anchor());
            out.text(s, Terms.TITLE, row, "service_title_vi", "vi");
            out.text(s, Terms.TITLE, row, "service_title_en", "en");
            out.put(s, Terms.ENDPOINT_URL, values.url(row, "service_endpoint"), row.cell("service_endpoint"));
            out.put(s, Terms.SERVES_DATASET, db.node(), row.cell("service_database"));
            out.put(s, Terms.PUBLISHER, agency, row.anchor());
        }
    }

    /** The database a milestone or service row belongs to, or null (then reported). */
    private GraphBuilder.Database database(SheetRow row, String key) {
        String id = row.get(key);
        if (id.isEmpty()) {
            problems.missingIdentifier(row.cell(key));
            return null;
        }
        GraphBuilder.Database db = databases.get(id);
        if (db == null) {
            problems.unknownDatabase(row.cell(key), id);
        }
        return db;
    }

    private static int number(String text) {
        try {
            String t = text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
            return Integer.parseInt(t);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
