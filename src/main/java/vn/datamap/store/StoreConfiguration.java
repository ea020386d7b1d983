package vn.datamap.store;

import java.nio.file.Path;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import vn.datamap.config.DatamapProperties;
import vn.datamap.vocab.Minted;

/** Opens the store described by {@code fuseki-config/} under the data directory and fills it. */
@Configuration(proxyBeanMethods = false)
public class StoreConfiguration {

    @Bean
    Minted minted(DatamapProperties properties, Environment environment) {
        String base = properties.baseUri();
        if (base == null || base.isBlank()) {
            base = "http://localhost:" + environment.getProperty("server.port", "8080") + "/";
        }
        return new Minted(base);
    }

    @Bean
    DatasetDescription datasetDescription() {
        return DatasetDescription.load();
    }

    @Bean(destroyMethod = "close")
    TdbStore store(DatamapProperties properties, Minted minted, DatasetDescription description) {
        Path dataDir = properties.dataDir();
        BaseUriRecord.check(dataDir, minted.base());
        TdbStore store = TdbStore.open(dataDir, description);
        try {
            new StoreBootstrap(store, minted).run(properties.demo());
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        return store;
    }
}
