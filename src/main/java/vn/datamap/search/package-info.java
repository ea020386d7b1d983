/**
 * Full-text search: the Lucene text index of the store (jena-text, described in
 * {@code fuseki-config/datamap.ttl}), its Vietnamese folding analyzer, its upkeep across
 * restarts, and {@code GET /search} for people and programs. The index is also open to SPARQL
 * through {@code text:query}.
 */
package vn.datamap.search;
