/**
 * Who may write: accounts of the administrator and of agency stewards, API tokens for
 * programs, and the HTTP rules that go with them (stateless Basic and Bearer credentials, open
 * reads, no cross-site writes). Credentials live in a TDB2 dataset of their own under
 * {@code {dataDir}/accounts}, never in the store that SPARQL, the catalogues or the dump read.
 * Other capabilities ask {@link vn.datamap.security.AgencyAccess} whether the caller may act
 * for an agency.
 */
package vn.datamap.security;
