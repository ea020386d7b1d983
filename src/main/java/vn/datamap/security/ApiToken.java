package vn.datamap.security;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * An API token as stored: its secret is kept only as a SHA-256 hash. A token acts either for a
 * fixed set of agencies (as a steward) or on behalf of one account, with that account's role and
 * agencies at the moment of use.
 *
 * @param id         public identifier, used to list and revoke it and in provenance
 * @param name       what the token is for, chosen by the administrator
 * @param secretHash hex SHA-256 of the secret
 * @param agencies   agencies it writes for, sorted; empty when bound to an account
 * @param account    the account it acts for, or null
 * @param created    when it was issued
 * @param createdBy  who issued it (an agent string, e.g. {@code admin})
 * @param lastUsed   when it was last accepted (recorded at most about once a minute), or null
 */
public record ApiToken(String id, String name, @JsonIgnore String secretHash, List<String> agencies, String account,
                       Instant created, String createdBy, Instant lastUsed) {

    public ApiToken {
        agencies = List.copyOf(agencies);
    }

    /** Without the hash, should a token ever be logged. */
    @Override
    public String toString() {
        return "ApiToken[" + id + ", " + name + "]";
    }

    /** What the API lists: never the secret nor its hash. */
    public Map<String, Object> view() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("name", name);
        body.put("agencies", agencies);
        body.put("account", account);
        body.put("created", created.toString());
        body.put("createdBy", createdBy);
        body.put("lastUsed", lastUsed == null ? null : lastUsed.toString());
        return body;
    }
}
