package vn.datamap.security;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * One account as stored. The password hash stays inside the security package: {@link #view()}
 * is what a client sees.
 *
 * @param username     the login name, lower case
 * @param passwordHash an adaptive hash with its algorithm prefix, e.g. {@code {bcrypt}$2a$…}
 * @param role         administrator or steward
 * @param agencies     ids of the agencies a steward writes for, sorted; empty for an administrator
 * @param created      when the account was created
 * @param modified     when its password or agencies last changed
 */
public record Account(String username, @JsonIgnore String passwordHash, Role role, List<String> agencies,
                      Instant created, Instant modified) {

    public Account {
        agencies = List.copyOf(agencies);
    }

    /** Without the hash, should an account ever be logged. */
    @Override
    public String toString() {
        return "Account[" + username + ", " + role.id() + ", " + agencies + "]";
    }

    /** What the API returns: everything but the password hash. */
    public Map<String, Object> view() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("username", username);
        body.put("role", role.id());
        body.put("agencies", agencies);
        body.put("created", created.toString());
        body.put("modified", modified.toString());
        return body;
    }

    Account withPassword(String hash, Instant when) {
        return new Account(username, hash, role, agencies, created, when);
    }

    Account withAgencies(List<String> ids, Instant when) {
        return new Account(username, passwordHash, role, ids, created, when);
    }
}
