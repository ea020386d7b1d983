package vn.datamap.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.datamap.web.ApiException;

/** The rule other capabilities rely on: who may write, and read the internal records of, which agency. */
class AgencyAccessTest {
    private final AgencyAccess access = new AgencyAccess();

    @AfterEach
    void forget() {
        SecurityContextHolder.clearContext();
    }

    private static void actAs(Caller caller) {
        SecurityContextHolder.getContext().setAuthentication(new CallerAuthentication(caller));
    }

    private static Caller steward(String... agencies) {
        return new Caller("nguyen.a", Caller.Kind.ACCOUNT, Role.STEWARD, Set.of(agencies), null, "nguyen.a");
    }

    private static int status(Runnable check) {
        ApiException refused = catchThrowableOfType(ApiException.class, check::run);
        return refused == null ? 200 : refused.status();
    }

    /** caller | agency | expected status, for both writing and reading internal records. */
    @ParameterizedTest(name = "{0} on {1} -> {2}")
    @CsvSource({
        "anonymous,           mps,         401",
        "steward of mps,      mps,         200",
        "steward of mps,      moh,         403",
        "steward of two,      vn34-ha-noi, 200",
        "steward of two,      mof,         403",
        "admin,               mps,         200",
        "admin,               vn34-ha-noi, 200",
        "token for moh,       moh,         200",
        "token for moh,       mps,         403",
    })
    void decidesWhoMayActForWhichAgency(String who, String agency, int expected) {
        switch (who) {
            case "anonymous" -> SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken(
                    "key", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
            case "steward of mps" -> actAs(steward("mps"));
            case "steward of two" -> actAs(steward("mps", "vn34-ha-noi"));
            case "admin" -> actAs(new Caller("admin", Caller.Kind.ACCOUNT, Role.ADMIN, Set.of(), null, "admin"));
            case "token for moh" -> actAs(new Caller("pipeline", Caller.Kind.TOKEN, Role.STEWARD, Set.of("moh"), "t1", null));
            default -> throw new IllegalArgumentException(who);
        }
        for (Consumer<String> check : java.util.List.<Consumer<String>>of(access::requireWriter, access::requireReader)) {
            assertThat(status(() -> check.accept(agency))).isEqualTo(expected);
        }
    }

    @Test
    void nobodyInTheContextIsAnonymous() {
        assertThat(status(() -> access.requireWriter("mps"))).isEqualTo(401);
        assertThat(access.agent()).isEqualTo("anonymous");
        assertThat(access.caller()).isEmpty();
    }

    @Test
    void agentNamesTheCallerForProvenance() {
        actAs(new Caller("admin", Caller.Kind.ACCOUNT, Role.ADMIN, Set.of(), null, "admin"));
        assertThat(access.agent()).isEqualTo("admin");

        actAs(steward("mps"));
        assertThat(access.agent()).isEqualTo("account:nguyen.a");

        actAs(new Caller("pipeline", Caller.Kind.TOKEN, Role.STEWARD, Set.of("mps"), "0123abcd", null));
        assertThat(access.agent()).isEqualTo("token:0123abcd");
    }

    @Test
    void onlyAnAdministratorPassesTheAdministratorCheck() {
        actAs(steward("mps"));
        assertThat(status(access::requireAdmin)).isEqualTo(403);

        actAs(new Caller("ops", Caller.Kind.ACCOUNT, Role.ADMIN, Set.of(), null, "ops"));
        assertThatCode(access::requireAdmin).doesNotThrowAnyException();
    }
}
