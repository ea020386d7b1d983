package vn.datamap.search;

import java.util.List;

/**
 * The answer to a search: what was asked, how many resources match in all (among the best
 * {@value SearchService#INDEX_HITS} documents of the index), and the best of them in rank order.
 */
public record SearchResults(String q, int total, List<SearchHit> results) {
}
