package vn.datamap.security;

import java.util.Map;

/**
 * A token just issued, with its secret: the only moment the secret exists outside the caller's
 * hands. It is never stored nor shown again.
 */
public record IssuedToken(ApiToken token, String secret) {

    @Override
    public String toString() {
        return "IssuedToken[" + token + "]";
    }

    /** The token's listing plus {@code "token": "dmt_…"}, the value for {@code Authorization: Bearer}. */
    public Map<String, Object> view() {
        Map<String, Object> body = token.view();
        body.put("token", secret);
        return body;
    }
}
