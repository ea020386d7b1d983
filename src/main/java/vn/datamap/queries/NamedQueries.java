package vn.datamap.queries;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;
import vn.datamap.config.DatamapProperties;
import vn.datamap.store.QueryTimeouts;
import vn.datamap.store.Store;
import vn.datamap.vocab.Minted;
import vn.datamap.web.ApiException;

/**
 * The library of named map queries: every {@code datamap/named-queries/*.rq} on the class path,
 * read and checked once at start (a bad file stops the start). Runs a query on the live map with
 * its parameters bound as RDF terms, through {@link Store#read}, as any other reader does, within
 * the time limits of {@code DATAMAP_NAMED_QUERY_TIMEOUT}.
 */
@Service
public class NamedQueries {
    private static final Logger LOG = LoggerFactory.getLogger(NamedQueries.class);
    static final String ROOT = "datamap/named-queries/";
    /** "Today" is the date in Viet Nam, whatever the server's zone. */
    public static final ZoneId VIET_NAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /** The rows of one run, with the columns in the query's order; {@code more} when there were more than were read. */
    public record Result(List<Var> vars, List<Binding> rows, boolean more) {
    }

    private final Map<String, NamedQuery> library;
    private final Store store;
    private final Minted minted;
    private final MessageSource messages;
    private final ParameterBinder binder;
    private final QueryTimeouts limits;
    private final Map<String, Query> helpers = new ConcurrentHashMap<>();

    @Autowired
    public NamedQueries(Store store, Minted minted, MessageSource messages, DatamapProperties properties) {
        this(store, minted, messages, Clock.system(VIET_NAM),
                QueryTimeouts.parse("DATAMAP_NAMED_QUERY_TIMEOUT", properties.namedQueryTimeout()));
    }

    NamedQueries(Store store, Minted minted, MessageSource messages, Clock clock, QueryTimeouts limits) {
        this.store = store;
        this.limits = limits;
        this.minted = minted;
        this.messages = messages;
        this.library = load();
        this.binder = new ParameterBinder(minted, clock, new StoreLookup());
    }

    /** Every query of the library, by name. */
    public List<NamedQuery> all() {
        return List.copyOf(library.values());
    }

    /** The query of that name; 404 when there is none. */
    public NamedQuery get(String name) {
        NamedQuery query = library.get(name);
        if (query == null) {
            throw ApiException.notFound(message("queries.error.unknown", name));
        }
        return query;
    }

    /** The request's parameters as RDF terms, defaults filled in; 400 for a value that does not fit. */
    public BoundParameters bind(NamedQuery query, Map<String, String[]> request) {
        try {
            return binder.bind(query, request);
        } catch (ParameterException e) {
            throw ApiException.badRequest(message(e.key(), e.arguments()));
        }
    }

    /** Runs a query on one snapshot of the live map; 503 past the time limits. */
    public Result run(NamedQuery query, Binding parameters) {
        return run(query, parameters, Integer.MAX_VALUE);
    }

    /** The first {@code limit} rows, and whether there were more (a page shows a bounded table); 503 past the time limits. */
    public Result run(NamedQuery query, Binding parameters, int limit) {
        return within(query, rows -> {
            // Detached: a TDB2 binding resolves its nodes lazily and fails once the transaction is over.
            List<Binding> first = new ArrayList<>();
            while (first.size() < limit && rows.hasNext()) {
                first.add(rows.next().detach());
            }
            return new Result(query.query().getProjectVars(), first, rows.hasNext());
        }, parameters);
    }

    /**
     * Runs a query on one snapshot and hands its rows, as they come, to {@code writer} inside that
     * read. The writer answers false when the time limit stopped the rows after part of its answer
     * had gone out (it then ends that answer with a marker); that is logged. Past the time limit
     * before anything went out, 503.
     */
    public void stream(NamedQuery query, Binding parameters, Predicate<RowSet> writer) {
        boolean complete = within(query, writer::test, parameters);
        if (!complete) {
            LOG.warn("Named query {} stopped at its time limit ({} ms to the first result, {} ms in all) after its answer"
                    + " began: the client got part of the rows and a marker", query.name(),
                    limits.firstResultMillis(), limits.overallMillis());
        }
    }

    private <T> T within(NamedQuery query, Function<RowSet, T> reading, Binding parameters) {
        try {
            return store.read(reader -> reader.rows(query.query(), parameters, limits, reading));
        } catch (QueryCancelledException e) {
            throw ApiException.serviceUnavailable(message("queries.error.timeout", query.name(),
                    limits.firstResultMillis() / 1000.0, limits.overallMillis() / 1000.0));
        }
    }

    /** The concepts of a scheme (code → labels), for a form. */
    List<Binding> concepts(String scheme) {
        Binding scope = BindingFactory.binding(Var.alloc("scheme"), minted.iri("concept/" + scheme));
        return store.read(reader -> reader.select(helper("form/concepts"), scope));
    }

    /** Every agency (id, labels, end), for a form. */
    List<Binding> agencies() {
        return store.read(reader -> reader.select(helper("form/agencies"), BindingFactory.empty()));
    }

    String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }

    private final class StoreLookup implements ParameterBinder.Lookup {
        @Override
        public boolean isA(Node term, Node type) {
            Binding b = BindingFactory.binding(Var.alloc("term"), term, Var.alloc("type"), type);
            return store.read(reader -> reader.ask(helper("form/is-a"), b));
        }

        @Override
        public boolean inScheme(Node concept, Node scheme) {
            Binding b = BindingFactory.binding(Var.alloc("term"), concept, Var.alloc("scheme"), scheme);
            return store.read(reader -> reader.ask(helper("form/in-scheme"), b));
        }
    }

    private Query helper(String name) {
        return helpers.computeIfAbsent(name, n -> QueryFactory.create(read(ROOT + n + ".rq"), Syntax.syntaxSPARQL_11));
    }

    private static Map<String, NamedQuery> load() {
        Resource[] files;
        try {
            files = new PathMatchingResourcePatternResolver().getResources("classpath*:" + ROOT + "*.rq");
        } catch (IOException e) {
            throw new QueryDefinitionException(ROOT, "cannot list the query files", e);
        }
        List<Resource> sorted = new ArrayList<>(Arrays.asList(files));
        sorted.sort(Comparator.comparing(r -> r.getFilename().replaceFirst("\\.rq$", "")));
        Map<String, NamedQuery> library = new LinkedHashMap<>();
        for (Resource file : sorted) {
            String name = file.getFilename().replaceFirst("\\.rq$", "");
            try (InputStream in = file.getInputStream()) {
                library.put(name, QueryFile.read(name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new QueryDefinitionException(name, "cannot read the file", e);
            }
        }
        return library;
    }

    private static String read(String path) {
        try (InputStream in = NamedQueries.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new QueryDefinitionException(path, "missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new QueryDefinitionException(path, "cannot read the file", e);
        }
    }
}
