package vn.datamap.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import vn.datamap.ingest.sheet.CatalogueSheets;
import vn.datamap.ingest.sheet.SheetCell;
import vn.datamap.ingest.sheet.SheetFormat;
import vn.datamap.ingest.sheet.SheetImport;
import vn.datamap.ingest.sheet.SheetProblem;
import vn.datamap.ingest.sheet.SheetUnreadableException;
import vn.datamap.store.Store;
import vn.datamap.validate.Finding;
import vn.datamap.vocab.DM;
import vn.datamap.vocab.Minted;
import vn.datamap.vocab.NS;
import vn.datamap.web.ApiException;

/**
 * Turns a request body into a catalogue graph: RDF through Jena's parsers, the spreadsheet
 * template through {@link CatalogueSheets}. Problems of a spreadsheet become findings that point
 * at sheet, row and column, and so do the shapes' findings about what a spreadsheet produced.
 */
public class SubmissionReader {
    private static final Node SHEET_RULE = NodeFactory.createURI(SubmissionChecks.SHAPES + "Spreadsheet-cell");

    private final Store store;
    private final Minted minted;

    public SubmissionReader(Store store, Minted minted) {
        this.store = store;
        this.minted = minted;
    }

    /** A parsed body: the graph, problems found while reading it, and where findings point in the file. */
    public record Parsed(Graph graph, List<Finding> problems, Function<Finding, Map<String, Object>> locator) {
        public static Parsed rdf(Graph graph) {
            return new Parsed(graph, List.of(), f -> null);
        }

        /** A rejection that reports the reading problems together with what validation found. */
        public SubmissionOutcome rejected(SubmissionOutcome checked) {
            List<Finding> all = new ArrayList<>(problems);
            all.addAll(checked.findings());
            return new SubmissionOutcome(SubmissionOutcome.Status.REJECTED, checked.agencyId(), null, checked.changes(),
                    all, checked.generation());
        }
    }

    public Parsed read(byte[] body, BodyFormat format, String agencyId) {
        if (!format.isSpreadsheet()) {
            try {
                return Parsed.rdf(RdfBodyParser.parse(body, format, minted.base()));
            } catch (SyntaxProblem e) {
                throw ApiException.badRequest(e.getMessage());
            }
        }
        if (format == BodyFormat.XLSX) {
            WorkbookScan.check(body);
        }
        SheetImport imported;
        try {
            imported = sheets().read(new ByteArrayInputStream(body), format == BodyFormat.CSV ? SheetFormat.CSV : SheetFormat.XLSX, agencyId);
        } catch (SheetUnreadableException e) {
            throw ApiException.badRequest(e.getMessage());
        } catch (IOException e) {
            throw ApiException.badRequest("The spreadsheet cannot be read: " + e.getMessage());
        }
        Map<Finding, Map<String, Object>> places = new IdentityHashMap<>();
        List<Finding> problems = new ArrayList<>();
        for (SheetProblem p : imported.problems()) {
            Finding f = new Finding("Violation", null, null, null, SHEET_RULE, p.messageVi(), p.messageEn());
            places.put(f, location(p.sheet(), p.row(), p.column()));
            problems.add(f);
        }
        return new Parsed(imported.graph(), problems, f -> places.containsKey(f) ? places.get(f)
                : f.focus() == null ? null : imported.cellOf(f.focus(), f.path()).map(c -> location(c)).orElse(null));
    }

    /** The agency a dry run is about, read from the catalogue the body describes. */
    public String agencyOf(byte[] body, BodyFormat format) {
        if (format.isSpreadsheet()) {
            throw ApiException.badRequest("Say which agency the spreadsheet is for: ?agency=<agency id>");
        }
        Graph graph = read(body, format, null).graph();
        for (Node type : List.of(DM.AgencyCatalogue, NodeFactory.createURI(NS.DCAT + "Catalog"))) {
            for (var t : graph.find(Node.ANY, NS.RDF_TYPE, type).toList()) {
                String iri = t.getSubject().isURI() ? t.getSubject().getURI() : "";
                String id = minted.agencyIdOfCatalogue(iri);
                if (id != null) {
                    return id;
                }
            }
        }
        throw ApiException.badRequest("The body holds no catalogue under " + minted.base()
                + "catalog/…; say which agency it is for: ?agency=<agency id>");
    }

    /** The template filled with an agency's stored catalogue (or blank). */
    public CatalogueSheets sheets() {
        Graph reference = store.read(r -> r.graph(minted.referenceGraph()));
        return new CatalogueSheets(minted.base(), reference);
    }

    private static Map<String, Object> location(SheetCell cell) {
        return location(cell.sheet(), cell.row(), cell.column());
    }

    private static Map<String, Object> location(String sheet, int row, String column) {
        Map<String, Object> where = new LinkedHashMap<>();
        where.put("sheet", sheet);
        where.put("row", row);
        where.put("column", column);
        return where;
    }
}
