package vn.datamap.security;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.datamap.security.Api.basic;
import static vn.datamap.security.Api.json;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import vn.datamap.DatamapServer;
import vn.datamap.support.HttpTester;
import vn.datamap.support.ProblemBody;
import vn.datamap.support.TestServer;

/** The administrator manages accounts over HTTP; stewards and strangers are kept out. */
class AccountApiTest {
    private static final String ADMIN_PASSWORD = "admin-pass-for-tests";
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

    private static void createSteward(String username, String password, String agencies) {
        HttpResponse<byte[]> created = asAdmin("POST", "/api/accounts",
                "{\"username\":\"" + username + "\",\"password\":\"" + password + "\",\"agencies\":" + agencies + "}");
        assertThat(created.statusCode()).as(Api.text(created)).isEqualTo(201);
    }

    @Test
    void adminCreatesReadsChangesAndDeletesAnAccount() {
        HttpResponse<byte[]> created = asAdmin("POST", "/api/accounts",
                "{\"username\":\"nguyen.a\",\"password\":\"first-password\",\"agencies\":[\"mps\",\"vn34-ha-noi\"]}");
        assertThat(created.statusCode()).as(Api.text(created)).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValue("/api/accounts/nguyen.a");
        assertThat(json(created).path("role").asString()).isEqualTo("steward");
        assertThat(json(created).path("agencies").toString()).isEqualTo("[\"mps\",\"vn34-ha-noi\"]");

        JsonNode read = json(asAdmin("GET", "/api/accounts/nguyen.a", null));
        assertThat(read.path("username").asString()).isEqualTo("nguyen.a");

        HttpResponse<byte[]> changed = asAdmin("PUT", "/api/accounts/nguyen.a", "{\"agencies\":[\"moh\"]}");
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(json(changed).path("agencies").toString()).isEqualTo("[\"moh\"]");

        String listing = Api.text(asAdmin("GET", "/api/accounts", null));
        assertThat(listing).contains("nguyen.a").contains("\"admin\"");

        assertThat(asAdmin("DELETE", "/api/accounts/nguyen.a", null).statusCode()).isEqualTo(204);
        ProblemBody.assertProblem(asAdmin("GET", "/api/accounts/nguyen.a", null), 404);
        ProblemBody.assertProblem(api.get("/api/me", "Authorization", basic("nguyen.a", "first-password")), 401);
    }

    @Test
    void listingsNeverCarryPasswordsOrTheirHashes() {
        createSteward("tran.b", "a-secret-password", "[\"mof\"]");

        String listing = Api.text(asAdmin("GET", "/api/accounts", null));
        String one = Api.text(asAdmin("GET", "/api/accounts/tran.b", null));

        for (String body : new String[] {listing, one}) {
            assertThat(body).doesNotContain("a-secret-password").doesNotContain(ADMIN_PASSWORD)
                    .doesNotContain("bcrypt").doesNotContain("$2a$").doesNotContainIgnoringCase("hash");
        }
    }

    @Test
    void stewardIsRefusedTheAccountApi() {
        createSteward("le.c", "steward-password", "[\"mps\"]");

        for (String path : new String[] {"/api/accounts", "/api/accounts/admin", "/api/tokens"}) {
            ProblemBody.assertProblem(api.get(path, "Authorization", basic("le.c", "steward-password")), 403);
        }
        ProblemBody.assertProblem(api.call("POST", "/api/accounts", "{\"username\":\"x1\",\"password\":\"whatever-pw\",\"agencies\":[\"mps\"]}",
                "Authorization", basic("le.c", "steward-password")), 403);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"GET, /api/accounts", "POST, /api/accounts", "GET, /api/accounts/admin", "DELETE, /api/accounts/admin",
        "GET, /api/me", "GET, /api/tokens", "PUT, /api/agencies/mps/catalogue", "POST, /sparql/update"})
    void anonymousCallerGets401WithAChallengeAndAProblem(String method, String path) {
        HttpResponse<byte[]> response = api.call(method, path, method.equals("GET") ? null : "{}");

        ProblemBody.assertProblem(response, 401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"Vietnam Data Map\", Bearer");
    }

    @Test
    void wrongPasswordIs401EvenOnAnOpenRead() {
        HttpResponse<byte[]> response = api.get("/catalog", "Authorization", basic("admin", "not-the-password"));

        ProblemBody.assertProblem(response, 401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).isPresent();
        ProblemBody.assertProblem(api.get("/api/me", "Authorization", basic("nobody", "not-the-password")), 401);
        ProblemBody.assertProblem(api.get("/api/me", "Authorization", "Basic !!not-base64"), 401);
    }

    @Test
    void aTakenUsernameIs409() {
        createSteward("pham.d", "steward-password", "[\"mps\"]");

        ProblemBody.assertProblem(asAdmin("POST", "/api/accounts",
                "{\"username\":\"pham.d\",\"password\":\"another-password\",\"agencies\":[\"moh\"]}"), 409);
        ProblemBody.assertProblem(asAdmin("POST", "/api/accounts",
                "{\"username\":\"admin\",\"password\":\"another-password\",\"role\":\"admin\"}"), 409);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown agency           | {\"username\":\"u1\",\"password\":\"password-1\",\"agencies\":[\"no-such-agency\"]}",
        "agency id that is no id  | {\"username\":\"u1\",\"password\":\"password-1\",\"agencies\":[\"../mps\"]}",
        "steward without agency   | {\"username\":\"u1\",\"password\":\"password-1\"}",
        "admin bound to agencies  | {\"username\":\"u1\",\"password\":\"password-1\",\"role\":\"admin\",\"agencies\":[\"mps\"]}",
        "unknown role             | {\"username\":\"u1\",\"password\":\"password-1\",\"role\":\"root\",\"agencies\":[\"mps\"]}",
        "short password           | {\"username\":\"u1\",\"password\":\"short\",\"agencies\":[\"mps\"]}",
        "no password              | {\"username\":\"u1\",\"agencies\":[\"mps\"]}",
        "upper-case username      | {\"username\":\"Nguyen\",\"password\":\"password-1\",\"agencies\":[\"mps\"]}",
        "username with a colon    | {\"username\":\"a:b\",\"password\":\"password-1\",\"agencies\":[\"mps\"]}",
        "agencies not an array    | {\"username\":\"u1\",\"password\":\"password-1\",\"agencies\":\"mps\"}",
        "unknown field            | {\"username\":\"u1\",\"password\":\"password-1\",\"agency\":[\"mps\"]}",
        "not JSON                 | username=u1",
        "not an object            | [1, 2]",
    })
    void invalidAccountIs400AndNothingIsCreated(String why, String body) {
        ProblemBody.assertProblem(asAdmin("POST", "/api/accounts", body), 400);

        ProblemBody.assertProblem(asAdmin("GET", "/api/accounts/u1", null), 404);
    }

    @Test
    void unknownAccountIs404() {
        ProblemBody.assertProblem(asAdmin("GET", "/api/accounts/nobody", null), 404);
        ProblemBody.assertProblem(asAdmin("PUT", "/api/accounts/nobody", "{\"password\":\"new-password\"}"), 404);
        ProblemBody.assertProblem(asAdmin("DELETE", "/api/accounts/nobody", null), 404);
    }

    @Test
    void theBuiltInAdministratorCannotBeDeleted() {
        ProblemBody.assertProblem(asAdmin("DELETE", "/api/accounts/admin", null), 409);

        assertThat(api.get("/api/me", "Authorization", basic("admin", ADMIN_PASSWORD)).statusCode()).isEqualTo(200);
    }

    @Test
    void aNewPasswordTakesEffectAtOnce() {
        createSteward("hoang.e", "old-password", "[\"mps\"]");
        assertThat(api.get("/api/me", "Authorization", basic("hoang.e", "old-password")).statusCode()).isEqualTo(200);

        assertThat(asAdmin("PUT", "/api/accounts/hoang.e", "{\"password\":\"new-password\"}").statusCode()).isEqualTo(200);

        ProblemBody.assertProblem(api.get("/api/me", "Authorization", basic("hoang.e", "old-password")), 401);
        assertThat(api.get("/api/me", "Authorization", basic("hoang.e", "new-password")).statusCode()).isEqualTo(200);
    }

    @Test
    void meTellsWhoIsActingAndForWhichAgencies() {
        createSteward("vu.f", "steward-password", "[\"vn34-ha-noi\",\"mps\"]");

        JsonNode me = json(api.get("/api/me", "Authorization", basic("vu.f", "steward-password")));
        assertThat(me.path("name").asString()).isEqualTo("vu.f");
        assertThat(me.path("kind").asString()).isEqualTo("account");
        assertThat(me.path("role").asString()).isEqualTo("steward");
        assertThat(me.path("agencies").toString()).isEqualTo("[\"mps\",\"vn34-ha-noi\"]");
        assertThat(me.path("agent").asString()).isEqualTo("account:vu.f");

        asAdmin("PUT", "/api/accounts/vu.f", "{\"agencies\":[\"moh\"]}");
        me = json(api.get("/api/me", "Authorization", basic("vu.f", "steward-password")));
        assertThat(me.path("agencies").toString()).isEqualTo("[\"moh\"]");

        JsonNode admin = json(api.get("/api/me", "Authorization", basic("admin", ADMIN_PASSWORD)));
        assertThat(admin.path("role").asString()).isEqualTo("admin");
        assertThat(admin.path("agent").asString()).isEqualTo("admin");
    }

    @Test
    void anotherAdministratorMayManageAccounts() {
        assertThat(asAdmin("POST", "/api/accounts",
                "{\"username\":\"ops\",\"password\":\"ops-password\",\"role\":\"admin\"}").statusCode()).isEqualTo(201);

        HttpResponse<byte[]> list = api.get("/api/accounts", "Authorization", basic("ops", "ops-password"));
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(json(api.get("/api/me", "Authorization", basic("ops", "ops-password"))).path("agent").asString())
                .isEqualTo("account:ops");
    }

    @Test
    void noAccountDataIsReachableThroughSparqlOrTheDump() {
        createSteward("secret.steward", "steward-password", "[\"mps\"]");
        HttpTester http = api.http();

        assertThat(http.select("SELECT * { GRAPH ?g { ?s ?p ?o } FILTER(CONTAINS(STR(?o), \"secret.steward\")) }").hasNext()).isFalse();
        assertThat(http.select("SELECT * { ?s ?p ?o FILTER(CONTAINS(STR(?o), \"secret.steward\")) }").hasNext()).isFalse();
        assertThat(http.select("SELECT * { ?s ?p ?o FILTER(STRSTARTS(STR(?s), \"urn:datamap:account\")) }").hasNext()).isFalse();
        assertThat(http.select("SELECT * { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?s), \"urn:datamap:account\")) }").hasNext()).isFalse();

        HttpResponse<byte[]> dump = http.get("/dump");
        assertThat(dump.statusCode()).isEqualTo(200);
        String quads = new String(HttpTester.gunzip(dump.body()), StandardCharsets.UTF_8);
        assertThat(quads).isNotEmpty().doesNotContain("secret.steward").doesNotContain("urn:datamap:account");
    }

    @Test
    void noSessionCookieIsEverSet() {
        HttpResponse<byte[]> response = api.get("/api/me", "Authorization", basic("admin", ADMIN_PASSWORD));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID"));
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
    }
}
