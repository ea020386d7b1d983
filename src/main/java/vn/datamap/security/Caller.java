package vn.datamap.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who is acting in the current request, once credentials have been checked: an account (HTTP
 * Basic) or an API token (Bearer), with the role and agencies it acts with.
 *
 * @param name     the account's username, or the token's name
 * @param kind     account or token
 * @param role     administrator or steward
 * @param agencies agencies a steward acts for
 * @param tokenId  the token's id, or null for an account
 * @param account  the account a token acts for, or the account itself; null for a token bound to agencies
 */
public record Caller(String name, Kind kind, Role role, Set<String> agencies, String tokenId, String account) {

    /** How the caller proved who it is. */
    public enum Kind { ACCOUNT, TOKEN }

    public Caller {
        agencies = Set.copyOf(agencies);
    }

    static Caller of(Account account) {
        return new Caller(account.username(), Kind.ACCOUNT, account.role(), Set.copyOf(account.agencies()), null,
                account.username());
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    /** True when the caller may write, and read the internal records of, this agency's catalogue. */
    public boolean mayActFor(String agencyId) {
        return isAdmin() || agencies.contains(agencyId);
    }

    /** The caller as provenance names it: {@code admin}, {@code account:nguyen.a} or {@code token:<id>}. */
    public String agent() {
        if (kind == Kind.TOKEN) {
            return "token:" + tokenId;
        }
        return Accounts.ADMIN.equals(name) ? Accounts.ADMIN : "account:" + name;
    }

    /** What {@code GET /api/me} answers. */
    public Map<String, Object> view() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("kind", kind.name().toLowerCase(Locale.ROOT));
        body.put("role", role.id());
        body.put("agencies", List.copyOf(new TreeSet<>(agencies)));
        body.put("agent", agent());
        if (kind == Kind.TOKEN) {
            body.put("token", tokenId);
            body.put("account", account);
        }
        return body;
    }
}
