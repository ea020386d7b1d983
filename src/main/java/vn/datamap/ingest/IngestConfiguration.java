package vn.datamap.ingest;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.datamap.config.DatamapProperties;
import vn.datamap.publish.WholeCatalogues;
import vn.datamap.store.Store;
import vn.datamap.validate.CatalogueValidator;
import vn.datamap.vocab.Minted;

/** The write path: validator, revision log, writer, and the readers of submitted bodies. */
@Configuration(proxyBeanMethods = false)
public class IngestConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    CatalogueValidator catalogueValidator() {
        return new CatalogueValidator();
    }

    @Bean(destroyMethod = "close")
    RevisionLog revisionLog(DatamapProperties properties, Store store, Minted minted, Clock clock) {
        RevisionLog log = RevisionLog.open(properties.dataDir());
        try {
            new RevisionReconciler(store, minted, log, clock).run();
        } catch (RuntimeException e) {
            log.close();
            throw e;
        }
        return log;
    }

    @Bean
    CatalogueWriter catalogueWriter(Store store, Minted minted, WholeCatalogues wholeCatalogues, CatalogueValidator validator,
                                    RevisionLog revisions, Clock clock) {
        return new CatalogueWriter(store, minted, wholeCatalogues, validator, revisions, clock);
    }

    @Bean
    SubmissionReader submissionReader(Store store, Minted minted) {
        return new SubmissionReader(store, minted);
    }

    @Bean
    OutcomeResponses outcomeResponses(Minted minted) {
        return new OutcomeResponses(minted);
    }

    @Bean
    SparqlUpdates sparqlUpdates(Store store, Minted minted, CatalogueWriter writer, SubmissionReader reader,
                                DatamapProperties properties) {
        RemoteDocuments remote = new RemoteDocuments(new OutboundGuard(properties.outboundAllow()), properties.maxUploadBytes());
        return new SparqlUpdates(store, minted, writer, reader, remote);
    }
}
