package vn.datamap.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import vn.datamap.web.ApiException;

/**
 * API tokens for programs (harvesters, an agency's publishing pipeline). A token's secret is
 * {@code dmt_} followed by 32 random bytes in base64url; only its SHA-256 is stored, which is
 * enough for a secret of that entropy and cheap to check on every request. Revoking deletes the
 * token, and the next request with it is refused.
 */
@Service
public class ApiTokens {
    static final String PREFIX = "dmt_";
    private static final int SECRET_BYTES = 32;
    private static final int SECRET_LENGTH = PREFIX.length() + 43;
    private static final Pattern SECRET = Pattern.compile("dmt_[A-Za-z0-9_-]{43}");
    /** "Last used" is a hint for the administrator, not an audit log: one write a minute is plenty. */
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);
    private static final int MAX_NAME = 100;

    private final SecureRandom random = new SecureRandom();
    private final AccountStore store;
    private final KnownAgencies known;

    ApiTokens(AccountStore store, KnownAgencies known) {
        this.store = store;
        this.known = known;
    }

    /**
     * Issues a token bound either to agencies (it then acts as their steward) or to an account
     * (it then acts as that account), never both.
     */
    public IssuedToken issue(String name, List<String> agencies, String account, String issuedBy) {
        if (name == null || name.isBlank() || name.length() > MAX_NAME || name.chars().anyMatch(Character::isISOControl)) {
            throw ApiException.badRequest("A token needs a 'name' saying what it is for (1 to " + MAX_NAME + " characters)");
        }
        boolean byAgencies = agencies != null && !agencies.isEmpty();
        if (byAgencies == (account != null)) {
            throw ApiException.badRequest("A token is bound either to 'agencies' (e.g. [\"mps\"]) or to an 'account', "
                    + "exactly one of the two");
        }
        List<String> bound = byAgencies ? known.require(agencies) : List.of();
        if (account != null && store.account(account) == null) {
            throw ApiException.badRequest("There is no account '" + account + "' to bind the token to");
        }
        String secret = PREFIX + base64url(SECRET_BYTES);
        ApiToken token = new ApiToken(HexFormat.of().formatHex(bytes(8)), name.strip(), sha256(secret), bound, account,
                Instant.now().truncatedTo(ChronoUnit.MILLIS), issuedBy, null);
        store.insert(token);
        return new IssuedToken(token, secret);
    }

    public List<ApiToken> list() {
        return store.tokens();
    }

    public void revoke(String id) {
        if (!store.deleteToken(id)) {
            throw ApiException.notFound("There is no token '" + id + "'");
        }
    }

    /** The caller this secret proves, or null when it is unknown, revoked or its account is gone. */
    Caller authenticate(String secret) {
        if (secret == null || secret.length() != SECRET_LENGTH || !SECRET.matcher(secret).matches()) {
            return null;
        }
        ApiToken token = store.tokenBySecretHash(sha256(secret));
        if (token == null) {
            return null;
        }
        Caller caller;
        if (token.account() != null) {
            Account account = store.account(token.account());
            if (account == null) {
                return null;
            }
            caller = new Caller(token.name(), Caller.Kind.TOKEN, account.role(), Set.copyOf(account.agencies()),
                    token.id(), account.username());
        } else {
            caller = new Caller(token.name(), Caller.Kind.TOKEN, Role.STEWARD, Set.copyOf(token.agencies()), token.id(), null);
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        if (token.lastUsed() == null || token.lastUsed().plus(TOUCH_EVERY).isBefore(now)) {
            store.touch(token.id(), now);
        }
        return caller;
    }

    static String sha256(String secret) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private String base64url(int length) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes(length));
    }

    private byte[] bytes(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }
}
