package vn.datamap.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Checks a username and password against the accounts, or a bearer secret against the tokens.
 * Being the application's one {@code AuthenticationProvider}, it also keeps Spring Boot from
 * inventing a default user with a logged password.
 */
@Component
class CallerAuthenticationProvider implements AuthenticationProvider {
    private final Accounts accounts;
    private final ApiTokens tokens;

    CallerAuthenticationProvider(Accounts accounts, ApiTokens tokens) {
        this.accounts = accounts;
        this.tokens = tokens;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        if (attempt instanceof BearerCredentials bearer) {
            Caller caller = tokens.authenticate(bearer.getCredentials());
            if (caller == null) {
                throw new BadCredentialsException("Unknown or revoked API token");
            }
            return new CallerAuthentication(caller);
        }
        if (attempt instanceof UsernamePasswordAuthenticationToken basic) {
            Object password = basic.getCredentials();
            Caller caller = accounts.authenticate(basic.getName(), password == null ? null : password.toString());
            if (caller == null) {
                throw new BadCredentialsException("Wrong username or password");
            }
            return new CallerAuthentication(caller);
        }
        return null;
    }

    @Override
    public boolean supports(Class<?> type) {
        return BearerCredentials.class.isAssignableFrom(type) || UsernamePasswordAuthenticationToken.class.isAssignableFrom(type);
    }
}
