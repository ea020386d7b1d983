package vn.datamap.ingest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.shared.AccessDeniedException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.UpdateExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.modify.request.UpdateDataDelete;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.sparql.modify.request.UpdateDeleteWhere;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import vn.datamap.sparql.ServiceCalls;
import vn.datamap.store.Store;
import vn.datamap.vocab.Minted;
import vn.datamap.web.ApiException;

/**
 * SPARQL 1.1 Update for the administrator, through the one write path. The update runs on an
 * in-memory copy of the live map taken from one read snapshot (the default graph is the union of
 * the map's graphs, read-only), outside the write lock. Each agency catalogue graph it changed is
 * then a submission like any other: checked, validated against the shapes, and written with the
 * others in one transaction, with a revision each — or none is written. The reference data and
 * graphs that are not agency catalogues cannot be changed this way. {@code SERVICE} is refused;
 * {@code LOAD} fetches only what the {@link OutboundGuard} allows, with the upload parsers.
 */
public class SparqlUpdates {
    private final Store store;
    private final Minted minted;
    private final CatalogueWriter writer;
    private final SubmissionReader reader;
    private final RemoteDocuments remote;

    public SparqlUpdates(Store store, Minted minted, CatalogueWriter writer, SubmissionReader reader, RemoteDocuments remote) {
        this.store = store;
        this.minted = minted;
        this.writer = writer;
        this.reader = reader;
        this.remote = remote;
    }

    /** Applies an update; the outcome of every catalogue it changed (none when it changed nothing). */
    public List<SubmissionOutcome> apply(String text, String agent, boolean confirmRemovals) {
        UpdateRequest request = parse(text);
        request.getOperations().forEach(this::refuseUnsafe);
        Snapshot snapshot = store.read(r -> {
            Map<Node, Graph> before = new LinkedHashMap<>();
            r.graphs().forEach(g -> before.put(g, r.graph(g)));
            return new Snapshot(before, r.state().generation());
        });
        // The update's dataset: the named graphs of the map, and as default graph their read-only
        // union (as on /sparql), kept by a second dataset holding the same graph objects.
        DatasetGraph named = DatasetGraphFactory.createGeneral();
        DatasetGraph work = DatasetGraphFactory.createGeneral(named.getUnionGraph());
        snapshot.before().forEach((g, graph) -> {
            Graph copy = GraphFactory.createDefaultGraph();
            graph.find().forEachRemaining(copy::add);
            named.addGraph(g, copy);
            work.addGraph(g, copy);
        });
        for (Update update : request.getOperations()) {
            if (update instanceof UpdateLoad load) {
                load(load, work);
            } else {
                try {
                    UpdateExec.dataset(work).update(update).set(ARQ.httpServiceAllowed, false).execute();
                } catch (AccessDeniedException e) {
                    throw defaultGraphRefused();
                }
            }
            work.listGraphNodes().forEachRemaining(g -> {
                if (!named.containsGraph(g)) {
                    named.addGraph(g, work.getGraph(g));
                }
            });
        }
        List<Submission> submissions = new ArrayList<>();
        long bytes = text.getBytes(StandardCharsets.UTF_8).length;
        for (Node g : changedGraphs(snapshot.before(), work)) {
            submissions.add(new Submission(agencyOf(g), work.getGraph(g), CatalogueWriter.SPARQL_UPDATE, bytes, agent,
                    confirmRemovals, "W/\"" + snapshot.generation() + "\"", null));
        }
        return submissions.isEmpty() ? List.of() : writer.submitAll(submissions);
    }

    private record Snapshot(Map<Node, Graph> before, long generation) {}

    private static UpdateRequest parse(String text) {
        try {
            return UpdateFactory.create(text);
        } catch (QueryParseException e) {
            throw ApiException.badRequest("SPARQL Update syntax error"
                    + (e.getLine() > 0 ? " at line " + e.getLine() + ", column " + e.getColumn() : "") + ": "
                    + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    /** Refuses, before anything runs, what would call out or write to the (union) default graph. */
    private void refuseUnsafe(Update update) {
        List<Quad> quads = new ArrayList<>();
        if (update instanceof UpdateModify modify) {
            if (ServiceCalls.in(modify.getWherePattern())) {
                throw ApiException.badRequest("SERVICE is disabled: updates never call other endpoints");
            }
            if (modify.getWithIRI() == null) {
                quads.addAll(modify.getInsertQuads());
                quads.addAll(modify.getDeleteQuads());
            }
        } else if (update instanceof UpdateDataInsert insert) {
            quads.addAll(insert.getQuads());
        } else if (update instanceof UpdateDataDelete delete) {
            quads.addAll(delete.getQuads());
        } else if (update instanceof UpdateDeleteWhere where) {
            quads.addAll(where.getQuads());
        } else if (update instanceof UpdateLoad load && load.getDest() == null) {
            throw ApiException.badRequest("LOAD needs INTO GRAPH <the agency's catalogue graph>");
        }
        if (quads.stream().anyMatch(q -> Quad.isDefaultGraph(q.getGraph()))) {
            throw defaultGraphRefused();
        }
    }

    private void load(UpdateLoad load, DatasetGraph work) {
        String agencyId = agencyOf(load.getDest());
        RemoteDocuments.Document document = remote.fetch(load.getSource());
        SubmissionReader.Parsed parsed = reader.read(document.body(), document.format(), agencyId);
        if (!parsed.problems().isEmpty()) {
            throw ApiException.badRequest("LOAD <" + document.from() + "> is not a readable catalogue: "
                    + parsed.problems().get(0).messageEn());
        }
        Graph target = work.getGraph(load.getDest());
        parsed.graph().find().forEachRemaining(target::add);
        if (!work.containsGraph(load.getDest())) {
            work.addGraph(load.getDest(), target);
        }
    }

    private static Set<Node> changedGraphs(Map<Node, Graph> before, DatasetGraph work) {
        Set<Node> names = new LinkedHashSet<>(before.keySet());
        work.listGraphNodes().forEachRemaining(names::add);
        Set<Node> changed = new LinkedHashSet<>();
        for (Node g : names) {
            Graph old = before.getOrDefault(g, Graph.emptyGraph);
            Graph now = work.containsGraph(g) ? work.getGraph(g) : Graph.emptyGraph;
            if (old.size() != now.size() || !old.isIsomorphicWith(now)) {
                changed.add(g);
            }
        }
        return changed;
    }

    /** The agency whose catalogue a graph is; 409 for the reference data, 400 for any other graph. */
    private String agencyOf(Node graph) {
        if (minted.referenceGraph().equals(graph)) {
            throw ApiException.conflict("The reference data (" + graph.getURI() + ") changes with a new release of the "
                    + "software, not by update");
        }
        String agencyId = minted.agencyIdOfCatalogueGraph(graph);
        if (agencyId == null || agencyId.isEmpty() || agencyId.contains("/")) {
            throw ApiException.badRequest("An update may only change agency catalogue graphs ("
                    + minted.catalogueGraph("{agencyId}").getURI() + "); <" + graph + "> is not one");
        }
        return agencyId;
    }

    private static ApiException defaultGraphRefused() {
        return ApiException.badRequest("The default graph is the union of the map's graphs and cannot be written:"
                + " name the catalogue graph (GRAPH <…/graph/catalog/{agencyId}> { … } or WITH <…>)");
    }
}
