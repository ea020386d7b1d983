package vn.datamap.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The account store keeps accounts and tokens across restarts, in a dataset of its own. */
class AccountStoreTest {

    private static Account steward(String username) {
        Instant now = Instant.parse("2025-07-01T00:00:00Z");
        return new Account(username, "{bcrypt}$2a$10$hash", Role.STEWARD, List.of("mps"), now, now);
    }

    @Test
    void accountsAndTokensSurviveAReopen(@TempDir Path dir) {
        try (AccountStore store = AccountStore.open(dir)) {
            assertThat(store.insert(steward("nguyen.a"))).isTrue();
            assertThat(store.insert(steward("nguyen.a"))).as("a taken username").isFalse();
            store.insert(new ApiToken("t1", "pipeline", "abc123", List.of("mps", "moh"), null,
                    Instant.parse("2025-07-02T00:00:00Z"), "admin", null));
        }
        try (AccountStore store = AccountStore.open(dir)) {
            assertThat(store.account("nguyen.a")).isEqualTo(steward("nguyen.a"));
            ApiToken token = store.tokenBySecretHash("abc123");
            assertThat(token.agencies()).containsExactly("moh", "mps");
            assertThat(token.lastUsed()).isNull();
            store.touch("t1", Instant.parse("2025-07-03T00:00:00Z"));
            assertThat(store.tokens()).singleElement().extracting(ApiToken::lastUsed).isEqualTo(Instant.parse("2025-07-03T00:00:00Z"));
        }
        assertThat(dir.resolve("accounts")).isDirectory();
        assertThat(dir.resolve("store")).doesNotExist();
    }

    @Test
    void deletingAnAccountRevokesTheTokensThatActForIt(@TempDir Path dir) {
        try (AccountStore store = AccountStore.open(dir)) {
            store.insert(steward("tran.b"));
            store.insert(new ApiToken("t2", "bot", "def456", List.of(), "tran.b", Instant.now(), "admin", null));
            store.insert(new ApiToken("t3", "other", "0789", List.of("mps"), null, Instant.now(), "admin", null));

            assertThat(store.delete("tran.b")).isTrue();
            assertThat(store.delete("tran.b")).isFalse();

            assertThat(store.tokens()).extracting(ApiToken::id).containsExactly("t3");
            assertThat(store.accounts()).isEmpty();
        }
    }
}
