package vn.datamap.ingest.sheet;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import vn.datamap.ingest.sheet.Column.CodeList;

/**
 * Maps the records of a filled template to the catalogue graph, shaped as the stored catalogues
 * are: {@code catalog/{agencyId}}, its databases at {@code dataset/{identifier}}, the contact point
 * {@code contact/{agencyId}}, the issuing decision and other documents at {@code legal/{key}}.
 * Roadmaps, milestones and data services are left to {@link RoadmapBuilder}.
 *
 * <p>Two catalogue-level facts hold for every database, as in the shipped catalogues: the
 * catalogue's contact point is each database's contact point (unless the row's "uses the
 * catalogue's contact point" says no), and the catalogue's illustrative flag is each database's.
 */
final class GraphBuilder {
    /** A database read from the spreadsheet. */
    record Database(String identifier, Node node, SheetRow row) {}

    private final String base;
    private final String agencyId;
    private final Graph reference;
    private final CodeLists codes;
    private final Problems problems;
    private final Values values;
    private final Output out = new Output();

    GraphBuilder(String base, String agencyId, Graph reference, CodeLists codes, Problems problems) {
        this.base = base;
        this.agencyId = agencyId;
        this.reference = reference;
        this.codes = codes;
        this.problems = problems;
        this.values = new Values(codes, problems);
    }

    SheetImport build(SheetRow catalogue, List<SheetRow> documents, List<SheetRow> databases,
            List<SheetRow> milestones, List<SheetRow> services) {
        LegalDocuments legal = new LegalDocuments(base, agencyId, reference, values, problems);
        LegalDocuments.Document decision = hasAny(catalogue, "decision_") ? legal.register(catalogue, "decision_", true) : null;
        for (SheetRow row : documents) {
            legal.register(row, "document_", Boolean.TRUE.equals(values.flag(row, "document_decision")));
        }
        Node agency = NodeFactory.createURI(base + "agency/" + agencyId);
        Node cat = NodeFactory.createURI(base + "catalog/" + agencyId);
        Node contact = contact(catalogue);
        Boolean illustrative = values.flag(catalogue, "illustrative");
        catalogue(catalogue, cat, agency, contact, illustrative, decision, legal);
        legal.emit(out);
        Map<String, Database> byIdentifier = new LinkedHashMap<>();
        for (SheetRow row : databases) {
            Database db = database(row, byIdentifier);
            if (db != null) {
                byIdentifier.put(db.identifier(), db);
                out.add(cat, Terms.DATASET, db.node());
                describe(db, agency, contact, illustrative, legal);
            }
        }
        RoadmapBuilder roadmaps = new RoadmapBuilder(values, problems, out, byIdentifier);
        roadmaps.milestones(milestones);
        roadmaps.services(services, cat, agency);
        return new SheetImport(out.graph, problems.list(), out.cells);
    }

    private void catalogue(SheetRow row, Node cat, Node agency, Node contact, Boolean illustrative,
            LegalDocuments.Document decision, LegalDocuments legal) {
        out.put(cat, Terms.TYPE, Terms.CATALOG, row.cell("catalogue_title_vi"));
        out.add(cat, Terms.TYPE, Terms.AGENCY_CATALOGUE);
        checkAgency(row);
        out.put(cat, Terms.PUBLISHER, agency, row.cell("agency"));
        out.text(cat, Terms.TITLE, row, "catalogue_title_vi", "vi");
        out.text(cat, Terms.TITLE, row, "catalogue_title_en", "en");
        out.text(cat, Terms.DESCRIPTION, row, "catalogue_description_vi", "vi");
        out.text(cat, Terms.DESCRIPTION, row, "catalogue_description_en", "en");
        out.put(cat, Terms.ISSUED, values.date(row, "catalogue_issued"), row.cell("catalogue_issued"));
        out.put(cat, Terms.MODIFIED, values.date(row, "catalogue_modified"), row.cell("catalogue_modified"));
        out.locate(cat, Terms.LANGUAGE, row.cell("catalogue_language"));
        values.codes(row, "catalogue_language", CodeList.LANGUAGE).forEach(l -> out.add(cat, Terms.LANGUAGE, l));
        out.locate(cat, Terms.LEGAL_BASIS, row.cell("catalogue_legal_basis"));
        legal.resolveAll(row, "catalogue_legal_basis").forEach(d -> out.add(cat, Terms.LEGAL_BASIS, d));
        out.put(cat, Terms.ILLUSTRATIVE, illustrative == null ? null : Values.bool(illustrative), row.cell("illustrative"));
        out.put(cat, Terms.ISSUED_BY, decision == null ? null : decision.node(), row.cell("decision_number"));
        out.put(cat, Terms.CONTACT_POINT, contact, row.cell("contact_name"));
        if (contact != null) {
            out.put(contact, Terms.TYPE, Terms.VCARD_ORGANIZATION, row.cell("contact_name"));
            out.add(contact, Terms.TYPE, Terms.VCARD_KIND);
            out.text(contact, Terms.FN, row, "contact_name", "vi");
            out.put(contact, Terms.HAS_EMAIL, values.email(row, "contact_email"), row.cell("contact_email"));
        }
    }

    /** The agency named in the sheet, if any, must be the one whose catalogue is submitted. */
    private void checkAgency(SheetRow row) {
        String named = row.get("agency");
        if (named.isEmpty() || named.equals(agencyId)) {
            return;
        }
        CodeLists.Entry entry = codes.find(CodeList.AGENCY, named).found();
        if (entry == null || !entry.code().equals(agencyId)) {
            problems.wrongAgency(row.cell("agency"), named, agencyId);
        }
    }

    private Node contact(SheetRow catalogue) {
        return catalogue.has("contact_name") || catalogue.has("contact_email")
                ? NodeFactory.createURI(base + "contact/" + agencyId) : null;
    }

    private Database database(SheetRow row, Map<String, Database> known) {
        String id = row.get("identifier");
        SheetCell cell = row.cell("identifier");
        if (id.isEmpty()) {
            problems.missingIdentifier(cell);
            return null;
        }
        if (!Values.IDENTIFIER.matcher(id).matches()) {
            problems.badIdentifier(cell, id);
            return null;
        }
        Database first = known.get(id);
        if (first != null) {
            problems.duplicateIdentifier(cell, id, first.row().cell("identifier").row());
            return null;
        }
        return new Database(id, NodeFactory.createURI(base + "dataset/" + id), row);
    }

    private void describe(Database db, Node agency, Node contact, Boolean illustrative, LegalDocuments legal) {
        Node s = db.node();
        SheetRow row = db.row();
        SheetCell idCell = row.cell("identifier");
        out.put(s, Terms.TYPE, Terms.DATASET_CLASS, idCell);
        out.add(s, Terms.TYPE, Terms.DATABASE);
        out.put(s, Terms.IDENTIFIER, Values.string(db.identifier()), idCell);
        out.put(s, Terms.PUBLISHER, agency, idCell);
        out.text(s, Terms.TITLE, row, "title_vi", "vi");
        out.text(s, Terms.TITLE, row, "title_en", "en");
        out.text(s, Terms.DESCRIPTION, row, "description_vi", "vi");
        out.text(s, Terms.DESCRIPTION, row, "description_en", "en");
        out.put(s, Terms.DATABASE_KIND, values.code(row, "kind", CodeList.DATABASE_KIND), row.cell("kind"));
        out.put(s, Terms.SECTOR, values.code(row, "sector", CodeList.SECTOR), row.cell("sector"));
        out.put(s, Terms.ACCESS_LEVEL, values.code(row, "access_level", CodeList.ACCESS_LEVEL), row.cell("access_level"));
        out.text(s, Terms.INFORMATION_SYSTEM, row, "information_system", "vi");
        keywords(s, row, "keywords_vi", "vi");
        keywords(s, row, "keywords_en", "en");
        out.put(s, Terms.ISSUED, values.date(row, "issued"), row.cell("issued"));
        out.put(s, Terms.MODIFIED, values.date(row, "modified"), row.cell("modified"));
        out.locate(s, Terms.DEPENDS_ON, row.cell("depends_on"));
        for (String part : Text.split(row.get("depends_on"))) {
            out.add(s, Terms.DEPENDS_ON, dependency(row.cell("depends_on"), part));
        }
        out.locate(s, Terms.LEGAL_BASIS, row.cell("legal_basis"));
        legal.resolveAll(row, "legal_basis").forEach(d -> out.add(s, Terms.LEGAL_BASIS, d));
        Boolean usesContact = values.flag(row, "uses_contact");
        if (usesContact == null || usesContact) {
            out.put(s, Terms.CONTACT_POINT, contact, idCell);
        }
        out.put(s, Terms.ILLUSTRATIVE, illustrative == null ? null : Values.bool(illustrative), idCell);
    }

    private void keywords(Node s, SheetRow row, String key, String language) {
        out.locate(s, Terms.KEYWORD, row.cell(key));
        Text.split(row.get(key)).forEach(k -> out.add(s, Terms.KEYWORD, Values.lang(k, language)));
    }

    private Node dependency(SheetCell cell, String text) {
        if (Values.IDENTIFIER.matcher(text).matches()) {
            return NodeFactory.createURI(base + "dataset/" + text);
        }
        Node iri = text.contains("://") ? Values.absoluteIri(text) : null;
        if (iri == null) {
            problems.badDependency(cell, text);
        }
        return iri;
    }

    private static boolean hasAny(SheetRow row, String prefix) {
        return row.values().entrySet().stream().anyMatch(e -> e.getKey().startsWith(prefix) && !e.getValue().isEmpty());
    }
}
