package vn.datamap.security;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/** An API token presented with {@code Authorization: Bearer}, not yet checked. */
final class BearerCredentials extends AbstractAuthenticationToken {
    private final String secret;

    BearerCredentials(String secret) {
        super(List.of());
        this.secret = secret;
    }

    @Override
    public String getCredentials() {
        return secret;
    }

    @Override
    public Object getPrincipal() {
        return "token";
    }
}
