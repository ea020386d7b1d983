package vn.datamap.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.graph.GraphFactory;
import vn.datamap.store.QueryLibrary;
import vn.datamap.store.StoreReader;
import vn.datamap.validate.Finding;
import vn.datamap.vocab.DM;
import vn.datamap.vocab.Minted;
import vn.datamap.vocab.NS;

/**
 * What a submission must satisfy that the SHACL shapes cannot see, because it depends on where
 * the catalogue is sent and on the rest of the map: it is the catalogue of the agency in the
 * path, and it describes no catalogue, database or milestone that belongs to another catalogue
 * or to the reference data. Also removes what the server derives, so that a catalogue fetched
 * with GET and sent back with PUT is the same catalogue.
 */
final class SubmissionChecks {
    static final String SHAPES = "https://w3id.org/vndatamap/shapes#";
    private static final Node CATALOG = NodeFactory.createURI(NS.DCAT + "Catalog");
    private static final Set<Node> CONTENT_TYPES = Set.of(CATALOG, DM.AgencyCatalogue, DM.Database, DM.Roadmap,
            DM.Milestone, NodeFactory.createURI(NS.DCAT + "Dataset"), NodeFactory.createURI(NS.DCAT + "DataService"));

    private final Minted minted;

    SubmissionChecks(Minted minted) {
        this.minted = minted;
    }

    /**
     * The submission without the statements the server derives on publication (those it
     * published for the stored catalogue and did not store), and without statements about
     * reference nodes (agencies, concepts), which no catalogue may redefine.
     */
    Graph withoutDerived(Graph submitted, Graph published, Graph stored, Graph reference) {
        Graph kept = GraphFactory.createDefaultGraph();
        // Asked once a subject, not once a triple: the reference data is a view of the store.
        Map<Node, Boolean> referenceNodes = new HashMap<>();
        submitted.find().forEachRemaining(t -> {
            boolean derived = published.contains(t) && !stored.contains(t);
            boolean aboutReference = referenceNodes.computeIfAbsent(t.getSubject(),
                    s -> reference.contains(s, Node.ANY, Node.ANY) && !isContent(reference, s));
            if (!derived && !aboutReference) {
                kept.add(t);
            }
        });
        return kept;
    }

    List<Finding> check(StoreReader reader, Graph submission, String agencyId) {
        List<Finding> findings = new ArrayList<>();
        Node catalogue = minted.catalogue(agencyId);
        Set<Node> catalogues = new LinkedHashSet<>();
        submission.find(Node.ANY, NS.RDF_TYPE, DM.AgencyCatalogue).forEachRemaining(t -> catalogues.add(t.getSubject()));
        submission.find(Node.ANY, NS.RDF_TYPE, CATALOG).forEachRemaining(t -> catalogues.add(t.getSubject()));
        if (!catalogues.contains(catalogue)) {
            findings.add(finding(catalogue, null, "Submission-catalogue",
                    "Bài nộp không có danh mục của cơ quan này: cần một danh mục (dm:AgencyCatalogue) với định danh "
                            + minted.relative(catalogue.getURI()) + " hoặc một nút trống để hệ thống đặt định danh.",
                    "The submission holds no catalogue of this agency: it needs one dm:AgencyCatalogue identified as "
                            + minted.relative(catalogue.getURI()) + ", or a blank node the server names."));
        }
        catalogues.stream().filter(c -> !c.equals(catalogue)).forEach(c -> findings.add(finding(c, null, "Submission-catalogue",
                "Bài nộp chỉ được chứa danh mục của chính cơ quan này (" + agencyId + ").",
                "A submission may hold only the catalogue of its own agency (" + agencyId + ").")));
        Set<Node> described = new LinkedHashSet<>();
        for (Node type : CONTENT_TYPES) {
            submission.find(Node.ANY, NS.RDF_TYPE, type).forEachRemaining(t -> {
                if (t.getSubject().isURI()) {
                    described.add(t.getSubject());
                }
            });
        }
        List<Node> nodes = new ArrayList<>(described);
        if (!nodes.isEmpty()) {
            BindingBuilder b = BindingBuilder.create();
            b.add(Var.alloc("own"), minted.catalogueGraph(agencyId));
            Binding bound = b.build();
            Set<Node> reported = new LinkedHashSet<>();
            for (Binding row : reader.select(QueryLibrary.withValues(QueryLibrary.get("ingest/foreign-nodes"), "node", nodes), bound)) {
                Node node = row.get("node");
                if (!reported.add(node)) {
                    continue;
                }
                boolean reference = row.get("graph").equals(minted.referenceGraph());
                String owner = reference ? null : minted.agencyIdOfCatalogueGraph(row.get("graph"));
                findings.add(finding(node, null, "Submission-foreign",
                        reference ? "Đây là dữ liệu tham chiếu (như cơ sở dữ liệu quốc gia): danh mục chỉ được liên kết tới, không được mô tả lại."
                                : "Nút này đã thuộc danh mục của cơ quan khác (" + owner + "); một cơ sở dữ liệu chỉ thuộc một danh mục.",
                        reference ? "This is reference data (such as a national database): a catalogue may link to it but not describe it."
                                : "This node already belongs to the catalogue of another agency (" + owner + "); a database belongs to one catalogue only."));
            }
        }
        return findings;
    }

    private static boolean isContent(Graph reference, Node s) {
        return CONTENT_TYPES.stream().anyMatch(type -> reference.contains(s, NS.RDF_TYPE, type));
    }

    private static Finding finding(Node focus, Node path, String rule, String vi, String en) {
        return new Finding("Violation", focus, path, null, NodeFactory.createURI(SHAPES + rule), vi, en);
    }
}
