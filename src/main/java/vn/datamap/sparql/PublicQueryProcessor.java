package vn.datamap.sparql;

import java.util.ArrayList;
import java.util.List;
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
import org.apache.jena.query.ARQ;
import vn.datamap.store.PublicQuerySettings;
import vn.datamap.store.QueryTimeouts;
import vn.datamap.store.TdbStore;
import vn.datamap.store.UnionDefaultGraphView;

/**
 * Fuseki's SPARQL query operation, narrowed to the live map: the default graph is the union of
 * the map's named graphs and the store's bookkeeping (the stored default graph) never matches;
 * {@code FROM}/{@code FROM NAMED} may name only graphs of the map (anything else is refused, so
 * nothing is ever fetched); {@code SERVICE} and ARQ's special graph names are refused. Time limits
 * come from the configuration.
 */
final class PublicQueryProcessor extends SPARQL_QueryDataset {
    /** ARQ's special graph names ({@code urn:x-arq:DefaultGraph} reaches the store's bookkeeping). */
    private static final String ENGINE_NAMESPACE = "urn:x-arq:";
    /** Response header naming the row cap when it lowered (or set) the query's LIMIT. */
    static final String RESULT_LIMIT_HEADER = "Datamap-Result-Limit";
    private final TdbStore store;
    private final QueryTimeouts timeouts;
    private final long maxRows;
    private final SparqlMessages messages;

    PublicQueryProcessor(TdbStore store, QueryTimeouts timeouts, long maxRows, SparqlMessages messages) {
        this.store = store;
        this.timeouts = timeouts;
        this.maxRows = maxRows;
        this.messages = messages;
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        if (ServiceCalls.in(query.getQueryPattern())) {
            ServletOps.errorBadRequest(messages.refusal(action.getRequest(), "sparql.error.service"));
        }
        if (query.toString().toLowerCase(java.util.Locale.ROOT).contains(ENGINE_NAMESPACE)) {
            ServletOps.errorBadRequest(messages.refusal(action.getRequest(), "sparql.error.engineGraphs", ENGINE_NAMESPACE));
        }
        DatasetDescription description = SPARQLProtocol.getDatasetDescription(action, query);
        if (description != null) {
            List<String> names = new ArrayList<>(description.getDefaultGraphURIs());
            names.addAll(description.getNamedGraphURIs());
            for (String name : names) {
                if (!store.graphs().contains(NodeFactory.createURI(name))) {
                    ServletOps.errorBadRequest(messages.refusal(action.getRequest(), "sparql.error.foreignGraph", name));
                }
            }
        }
    }

    @Override
    protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        query = capped(action, query);
        DatasetDescription description = SPARQLProtocol.getDatasetDescription(action, query);
        if (description == null) {
            // DESCRIBE reads the dataset's default graph directly rather than through the engine.
            DatasetGraph dataset = query.isDescribeType() ? new UnionDefaultGraphView(store.dataset()) : store.dataset();
            return Pair.create(dataset, query);
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
        if (!(dataset instanceof org.apache.jena.sparql.core.DynamicDatasets.DynamicDatasetGraph)) {
            PublicQuerySettings.INSTANCE.apply(builder);
        }
        // Should a SERVICE ever slip past validateQuery, the engine itself refuses to make the call.
        builder.set(ARQ.httpServiceAllowed, false);
        return timeouts.apply(builder).build();
    }

    /**
     * The query with its LIMIT lowered to the row cap (ASK has none to lower). The response says
     * so in a header, so that a client can tell a capped answer from a complete one.
     */
    private Query capped(HttpAction action, Query query) {
        if (query.isAskType() || (query.hasLimit() && query.getLimit() <= maxRows)) {
            return query;
        }
        Query capped = query.cloneQuery();
        capped.setLimit(maxRows);
        action.getResponse().setHeader(RESULT_LIMIT_HEADER, Long.toString(maxRows));
        return capped;
    }
}
