package vn.datamap.security;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import vn.datamap.web.ApiException;

/**
 * The accounts of people: the administrator {@code admin}, other administrators, and stewards
 * bound to the agencies whose catalogues they keep. Passwords are stored only as adaptive
 * (bcrypt) hashes and checked on every request; nothing is cached.
 */
@Service
public class Accounts {
    /** The built-in administrator, whose password comes from DATAMAP_ADMIN_PASSWORD or is generated. */
    public static final String ADMIN = "admin";
    static final int MIN_PASSWORD_LENGTH = 8;
    /** bcrypt reads no further than 72 bytes; a longer password would be cut without a word. */
    static final int MAX_PASSWORD_BYTES = 72;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    private final AccountStore store;
    private final PasswordEncoder encoder;
    private final KnownAgencies known;
    /** Checked against when the user does not exist, so that timing does not tell which names exist. */
    private final String decoyHash;

    Accounts(AccountStore store, PasswordEncoder encoder, KnownAgencies known) {
        this.store = store;
        this.encoder = encoder;
        this.known = known;
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        this.decoyHash = encoder.encode(Base64.getEncoder().encodeToString(random));
    }

    public List<Account> list() {
        return store.accounts();
    }

    /** The account, or 404. */
    public Account get(String username) {
        Account account = store.account(username);
        if (account == null) {
            throw ApiException.notFound("There is no account '" + username + "'");
        }
        return account;
    }

    /** Creates an account: 400 when something is invalid, 409 when the username is taken. */
    public Account create(String username, String password, String roleId, List<String> agencies) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw ApiException.badRequest("A username is 2 to 64 characters: lower-case letters, digits, '.', '_' "
                    + "or '-', starting with a letter or digit");
        }
        Role role = roleId == null ? Role.STEWARD : Role.of(roleId);
        if (role == null) {
            throw ApiException.badRequest("The role is 'steward' or 'admin', not '" + roleId + "'");
        }
        checkPassword(password);
        List<String> bound = agenciesFor(role, agencies == null ? List.of() : agencies);
        Instant now = now();
        Account account = new Account(username, encoder.encode(password), role, bound, now, now);
        if (!store.insert(account)) {
            throw ApiException.conflict("There is already an account '" + username + "'");
        }
        return account;
    }

    /** Changes the password and/or the agencies of an account (null leaves a field as it is). */
    public Account update(String username, String password, List<String> agencies) {
        if (password == null && agencies == null) {
            throw ApiException.badRequest("Nothing to change: send a new 'password' and/or 'agencies'");
        }
        Account current = get(username);
        String hash = null;
        if (password != null) {
            checkPassword(password);
            hash = encoder.encode(password);
        }
        List<String> bound = agencies == null ? null : agenciesFor(current.role(), agencies);
        String newHash = hash;
        Instant now = now();
        Account updated = store.update(username, a -> {
            Account next = newHash == null ? a : a.withPassword(newHash, now);
            return bound == null ? next : next.withAgencies(bound, now);
        });
        if (updated == null) {
            throw ApiException.notFound("There is no account '" + username + "'");
        }
        return updated;
    }

    /** Deletes an account and the tokens that act for it; the built-in administrator stays. */
    public void delete(String username) {
        if (ADMIN.equals(username)) {
            throw ApiException.conflict("The built-in administrator 'admin' cannot be deleted; change its password instead");
        }
        if (!store.delete(username)) {
            throw ApiException.notFound("There is no account '" + username + "'");
        }
    }

    /** The caller these credentials prove, or null when they prove nothing. */
    Caller authenticate(String username, String password) {
        if (username == null || password == null || password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            return null;
        }
        Account account = USERNAME.matcher(username).matches() ? store.account(username) : null;
        boolean matches = encoder.matches(password, account == null ? decoyHash : account.passwordHash());
        return matches && account != null ? Caller.of(account) : null;
    }

    boolean exists(String username) {
        return store.account(username) != null;
    }

    /** Creates {@code admin} with this password, or gives the existing one this password. */
    void setAdminPassword(String password) {
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw new IllegalStateException("The administrator password is longer than " + MAX_PASSWORD_BYTES
                    + " bytes, more than bcrypt can check");
        }
        Account current = store.account(ADMIN);
        if (current != null && encoder.matches(password, current.passwordHash())) {
            return;
        }
        String hash = encoder.encode(password);
        Instant now = now();
        if (current == null) {
            store.insert(new Account(ADMIN, hash, Role.ADMIN, List.of(), now, now));
        } else {
            store.update(ADMIN, a -> a.withPassword(hash, now));
        }
    }

    private List<String> agenciesFor(Role role, List<String> agencies) {
        if (role == Role.ADMIN) {
            if (!agencies.isEmpty()) {
                throw ApiException.badRequest("An administrator writes for every agency: leave 'agencies' out");
            }
            return List.of();
        }
        if (agencies.isEmpty()) {
            throw ApiException.badRequest("A steward needs at least one agency in 'agencies', e.g. [\"mps\"]");
        }
        return known.require(agencies);
    }

    private static void checkPassword(String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_PASSWORD_LENGTH) {
            throw ApiException.badRequest("A password has at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw ApiException.badRequest("A password has at most " + MAX_PASSWORD_BYTES + " bytes (UTF-8)");
        }
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
