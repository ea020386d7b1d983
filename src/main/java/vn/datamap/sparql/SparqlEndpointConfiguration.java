package vn.datamap.sparql;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.server.OperationRegistry;
import org.apache.jena.riot.WebContent;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.LocaleResolver;
import vn.datamap.config.DatamapProperties;
import vn.datamap.store.QueryTimeouts;
import vn.datamap.store.TdbStore;

/**
 * SPARQL on the application's own port: a Fuseki server is built (never started), its
 * registries are put on the application's servlet context and its dispatch filter is mounted on
 * {@code /sparql}. One port, one dataset, no proxy. The only operation declared is the public,
 * read-only query; there is no update and no graph store protocol on this path.
 */
@Configuration(proxyBeanMethods = false)
public class SparqlEndpointConfiguration {
    static final String PATH = "/sparql";

    @Bean
    SparqlMessages sparqlMessages(MessageSource messages, LocaleResolver locales) {
        return new SparqlMessages(messages, locales);
    }

    @Bean
    FusekiServer fusekiServer(TdbStore store, DatamapProperties properties, SparqlMessages messages) {
        QueryTimeouts timeouts = QueryTimeouts.parse("DATAMAP_QUERY_TIMEOUT", properties.queryTimeout());
        return FusekiServer.create()
                .registerOperation(Operation.Query, WebContent.contentTypeSPARQLQuery,
                        new PublicQueryProcessor(store, timeouts, properties.queryMaxRows(), messages))
                .add(PATH, DataService.newBuilder(store.dataset()))
                .addOperation(PATH, Operation.Query)
                .enablePing(false)
                .enableStats(false)
                .enableMetrics(false)
                .build();
    }

    @Bean
    ServletContextInitializer fusekiRegistries(FusekiServer fuseki) {
        return context -> {
            DataAccessPointRegistry.set(context, fuseki.getDataAccessPointRegistry());
            OperationRegistry.set(context, fuseki.getOperationRegistry());
        };
    }

    @Bean
    QueryGate queryGate(DatamapProperties properties) {
        return new QueryGate(properties.queryConcurrency());
    }

    @Bean
    FilterRegistrationBean<SparqlProtocolFilter> sparqlProtocolFilter(QueryGate gate, SparqlMessages messages) {
        FilterRegistrationBean<SparqlProtocolFilter> registration =
                new FilterRegistrationBean<>(new SparqlProtocolFilter(gate, messages));
        registration.addUrlPatterns(PATH);
        registration.setName("sparqlProtocol");
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
        return registration;
    }
}
