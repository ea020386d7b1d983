package vn.datamap.security;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.datamap.security.Api.basic;
import static vn.datamap.security.Api.bearer;
import static vn.datamap.security.Api.json;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import vn.datamap.DatamapServer;
import vn.datamap.support.ProblemBody;
import vn.datamap.support.TestServer;

/** API tokens: shown once, used as Bearer, listed without secrets, revoked at once. */
class TokenApiTest {
    private static final String ADMIN_PASSWORD = "admin-pass-for-tokens";
    private static TestServer server;
    private static Api api;

    @BeforeAll
    static void start() {
        server = TestServer.start(DatamapServer.create().demo(false).property("datamap.admin-password", ADMIN_PASSWORD));
        api = new Api(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<byte[]> asAdmin(String method, String path, String body) {
        return api.call(method, path, body, "Authorization", basic("admin", ADMIN_PASSWORD));
    }

    private static JsonNode issue(String body) {
        HttpResponse<byte[]> created = asAdmin("POST", "/api/tokens", body);
        assertThat(created.statusCode()).as(Api.text(created)).isEqualTo(201);
        return json(created);
    }

    @Test
    void theSecretIsShownOnceAndWorksAsBearer() {
        JsonNode created = issue("{\"name\":\"mps publishing pipeline\",\"agencies\":[\"mps\"]}");
        String secret = created.path("token").asString();
        String id = created.path("id").asString();
        assertThat(secret).startsWith("dmt_").hasSize(47);
        assertThat(created.path("agencies").toString()).isEqualTo("[\"mps\"]");

        JsonNode me = json(api.get("/api/me", "Authorization", bearer(secret)));
        assertThat(me.path("kind").asString()).isEqualTo("token");
        assertThat(me.path("role").asString()).isEqualTo("steward");
        assertThat(me.path("agencies").toString()).isEqualTo("[\"mps\"]");
        assertThat(me.path("agent").asString()).isEqualTo("token:" + id);
        assertThat(me.path("name").asString()).isEqualTo("mps publishing pipeline");

        String listing = Api.text(asAdmin("GET", "/api/tokens", null));
        assertThat(listing).contains(id).contains("mps publishing pipeline")
                .doesNotContain(secret).doesNotContain(secret.substring(4)).doesNotContain(ApiTokens.sha256(secret));
        JsonNode listed = findToken(id);
        assertThat(listed.has("token")).isFalse();
        assertThat(listed.path("createdBy").asString()).isEqualTo("admin");
        assertThat(listed.path("lastUsed").isString()).as("last use recorded: %s", listed).isTrue();
    }

    private static JsonNode findToken(String id) {
        for (JsonNode token : json(asAdmin("GET", "/api/tokens", null)).path("tokens").values()) {
            if (token.path("id").asString().equals(id)) {
                return token;
            }
        }
        throw new AssertionError("token " + id + " is not listed");
    }

    @Test
    void aRevokedTokenIsRefusedAtOnce() {
        JsonNode created = issue("{\"name\":\"to be revoked\",\"agencies\":[\"moh\"]}");
        String secret = created.path("token").asString();
        assertThat(api.get("/api/me", "Authorization", bearer(secret)).statusCode()).isEqualTo(200);

        assertThat(asAdmin("DELETE", "/api/tokens/" + created.path("id").asString(), null).statusCode()).isEqualTo(204);

        HttpResponse<byte[]> refused = api.get("/api/me", "Authorization", bearer(secret));
        ProblemBody.assertProblem(refused, 401);
        assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"Vietnam Data Map\", Bearer");
        ProblemBody.assertProblem(api.get("/catalog", "Authorization", bearer(secret)), 401);
        ProblemBody.assertProblem(asAdmin("DELETE", "/api/tokens/" + created.path("id").asString(), null), 404);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"dmt_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "not-a-token", "''"})
    void anUnknownTokenIs401(String secret) {
        ProblemBody.assertProblem(api.get("/api/me", "Authorization", bearer(secret)), 401);
    }

    @Test
    void aTokenBoundToAnAccountActsAsThatAccountForAsLongAsItExists() {
        assertThat(asAdmin("POST", "/api/accounts",
                "{\"username\":\"robot.owner\",\"password\":\"owner-password\",\"agencies\":[\"mof\"]}").statusCode()).isEqualTo(201);
        String secret = issue("{\"name\":\"harvester\",\"account\":\"robot.owner\"}").path("token").asString();

        JsonNode me = json(api.get("/api/me", "Authorization", bearer(secret)));
        assertThat(me.path("agencies").toString()).isEqualTo("[\"mof\"]");
        assertThat(me.path("account").asString()).isEqualTo("robot.owner");

        asAdmin("PUT", "/api/accounts/robot.owner", "{\"agencies\":[\"mof\",\"sbv\"]}");
        assertThat(json(api.get("/api/me", "Authorization", bearer(secret))).path("agencies").toString())
                .isEqualTo("[\"mof\",\"sbv\"]");

        asAdmin("DELETE", "/api/accounts/robot.owner", null);
        ProblemBody.assertProblem(api.get("/api/me", "Authorization", bearer(secret)), 401);
    }

    @Test
    void aTokenOfTheAdministratorMayManageTokens() {
        String secret = issue("{\"name\":\"operations\",\"account\":\"admin\"}").path("token").asString();

        assertThat(api.get("/api/tokens", "Authorization", bearer(secret)).statusCode()).isEqualTo(200);
    }

    @Test
    void aStewardsTokenMayNotManageTokensOrAccounts() {
        String secret = issue("{\"name\":\"steward robot\",\"agencies\":[\"mps\"]}").path("token").asString();

        ProblemBody.assertProblem(api.get("/api/tokens", "Authorization", bearer(secret)), 403);
        ProblemBody.assertProblem(api.call("POST", "/api/tokens", "{\"name\":\"x\",\"agencies\":[\"moh\"]}",
                "Authorization", bearer(secret)), 403);
        ProblemBody.assertProblem(api.get("/api/accounts", "Authorization", bearer(secret)), 403);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "no name                 | {\"agencies\":[\"mps\"]}",
        "neither binding         | {\"name\":\"n\"}",
        "both bindings           | {\"name\":\"n\",\"agencies\":[\"mps\"],\"account\":\"admin\"}",
        "unknown agency          | {\"name\":\"n\",\"agencies\":[\"atlantis\"]}",
        "unknown account         | {\"name\":\"n\",\"account\":\"nobody\"}",
        "unknown field           | {\"name\":\"n\",\"agencies\":[\"mps\"],\"role\":\"admin\"}",
    })
    void invalidTokenRequestIs400(String why, String body) {
        ProblemBody.assertProblem(asAdmin("POST", "/api/tokens", body), 400);
    }
}
