/**
 * The library of named, parameterised map queries: standing questions about the live map
 * (coverage of catalogues, overdue milestones, the roadmap by quarter, mergers of 2025, …), each
 * one {@code .rq} file under {@code datamap/named-queries/} whose leading {@code #+} comment block
 * carries its titles, descriptions and parameters in Vietnamese and English. Parameters are bound
 * as RDF terms, never pasted into the query text. {@link vn.datamap.queries.NamedQueries} is the
 * service; {@link vn.datamap.queries.QueriesController} serves {@code /queries}.
 */
package vn.datamap.queries;
