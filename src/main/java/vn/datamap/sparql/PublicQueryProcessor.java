package vn.datamap.sparql;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQLProtocol;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetDescription;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DynamicDatasets;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecDatasetBuilder;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import vn.datamap.store.TdbStore;

/**
 * Fuseki's SPARQL query operation, narrowed to the public live map: the default graph is the
 * union of public graphs, {@code GRAPH} sees only public graphs, {@code FROM}/{@code FROM NAMED}
 * may name only public graphs (anything else is refused, so nothing is ever fetched), and
 * {@code SERVICE} is refused. Time limits come from the configuration.
 */
final class PublicQueryProcessor extends SPARQL_QueryDataset {
    private final TdbStore store;
    private final QueryTimeouts timeouts;

    PublicQueryProcessor(TdbStore store, QueryTimeouts timeouts) {
        this.store = store;
        this.timeouts = timeouts;
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        if (query.getQueryPattern() != null && usesService(query)) {
            ServletOps.errorBadRequest("SERVICE is disabled on this endpoint: queries never leave the server");
        }
        DatasetDescription description = SPARQLProtocol.getDatasetDescription(action, query);
        if (description != null) {
            List<String> names = new ArrayList<>(description.getDefaultGraphURIs());
            names.addAll(description.getNamedGraphURIs());
            for (String name : names) {
                if (!store.publicGraphs().contains(NodeFactory.createURI(name))) {
                    ServletOps.errorBadRequest("FROM and FROM NAMED may only name graphs of this map; <"
                            + name + "> is not one (graphs are listed in the service description)");
                }
            }
        }
    }

    @Override
    protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        DatasetDescription description = SPARQLProtocol.getDatasetDescription(action, query);
        if (description == null) {
            return Pair.create(store.dataset(), query);
        }
        DatasetGraph dynamic = DynamicDatasets.dynamicDataset(description, store.dataset(), false);
        Query stripped = query.cloneQuery();
        stripped.getGraphURIs().clear();
        stripped.getNamedGraphURIs().clear();
        return Pair.create(dynamic, stripped);
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        QueryExecDatasetBuilder builder = QueryExec.newBuilder().dataset(dataset).query(query).context(action.getContext());
        if (dataset == store.dataset()) {
            store.publicQuerySettings().apply(builder);
        }
        builder.initialTimeout(timeouts.firstResultMillis(), TimeUnit.MILLISECONDS);
        builder.overallTimeout(timeouts.overallMillis(), TimeUnit.MILLISECONDS);
        return builder.build();
    }

    private static boolean usesService(Query query) {
        boolean[] found = {false};
        ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementService el) {
                found[0] = true;
            }
        });
        return found[0];
    }

}
