package vn.datamap.search;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.datamap.store.Store;
import vn.datamap.store.TdbStore;
import vn.datamap.vocab.Minted;

/**
 * Search over the store. On the embedded store, the text index is checked against the store at
 * start (and rebuilt when it is behind) before the search service, and so the pages, use it.
 */
@Configuration(proxyBeanMethods = false)
public class SearchConfiguration {

    @Bean
    SearchService searchService(Store store, Minted minted) {
        if (store instanceof TdbStore embedded) {
            TextIndexUpkeep.ensureInStep(embedded);
        }
        return new SearchService(store, minted);
    }
}
