/**
 * The triple store: lifecycle of the TDB2 dataset described by {@code fuseki-config/}, one
 * transaction per write, the registry of public and internal graphs, the store generation, and
 * loading of reference and demo data at start. Capabilities see only {@link vn.datamap.store.Store}.
 */
package vn.datamap.store;
