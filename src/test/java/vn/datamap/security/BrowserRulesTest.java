package vn.datamap.security;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.datamap.security.Api.basic;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.datamap.DatamapServer;
import vn.datamap.support.ProblemBody;
import vn.datamap.support.TestServer;

/**
 * What a browser meets: reads open to every origin and still cacheable, writes only from the
 * server's own pages (its address, or its base URI behind a proxy), never from another site.
 */
class BrowserRulesTest {
    private static final String ADMIN_PASSWORD = "admin-pass-for-browsers";
    private static final String FOREIGN = "https://evil.example";
    private static TestServer server;
    private static Api api;

    @BeforeAll
    static void start() {
        server = TestServer.start(DatamapServer.create().demo(true).baseUri("https://datamap.test/")
                .property("datamap.admin-password", ADMIN_PASSWORD));
        api = new Api(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String account(String username) {
        return "{\"username\":\"" + username + "\",\"password\":\"browser-password\",\"agencies\":[\"mps\"]}";
    }

    @Test
    void aForeignOriginMayNotWriteEvenWithCredentials() {
        HttpResponse<byte[]> refused = api.call("POST", "/api/accounts", account("from.elsewhere"),
                "Authorization", basic("admin", ADMIN_PASSWORD), "Origin", FOREIGN);

        ProblemBody.assertProblem(refused, 403);
        assertThat(refused.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        ProblemBody.assertProblem(api.get("/api/accounts/from.elsewhere", "Authorization", basic("admin", ADMIN_PASSWORD)), 404);
        ProblemBody.assertProblem(api.call("POST", "/api/accounts", account("from.null"),
                "Authorization", basic("admin", ADMIN_PASSWORD), "Origin", "null"), 403);
        ProblemBody.assertProblem(api.get("/api/accounts", "Authorization", basic("admin", ADMIN_PASSWORD), "Origin", FOREIGN), 403);
        ProblemBody.assertProblem(api.call("PUT", "/api/agencies/mps/catalogue", "", "Origin", FOREIGN,
                "Content-Type", "text/turtle"), 403);
    }

    @Test
    void theServersOwnPagesMayWrite() {
        HttpResponse<byte[]> fromItsAddress = api.call("POST", "/api/accounts", account("same.origin"),
                "Authorization", basic("admin", ADMIN_PASSWORD), "Origin", api.ownOrigin());
        HttpResponse<byte[]> fromItsBase = api.call("POST", "/api/accounts", account("base.origin"),
                "Authorization", basic("admin", ADMIN_PASSWORD), "Origin", "https://datamap.test");
        HttpResponse<byte[]> fromAProgram = api.call("POST", "/api/accounts", account("no.origin"),
                "Authorization", basic("admin", ADMIN_PASSWORD));

        assertThat(fromItsAddress.statusCode()).as(Api.text(fromItsAddress)).isEqualTo(201);
        assertThat(fromItsBase.statusCode()).as(Api.text(fromItsBase)).isEqualTo(201);
        assertThat(fromAProgram.statusCode()).as(Api.text(fromAProgram)).isEqualTo(201);
    }

    @Test
    void anyOriginMayReadWithoutCredentials() {
        HttpResponse<byte[]> catalog = api.get("/catalog", "Accept", "text/turtle", "Origin", FOREIGN);

        assertThat(catalog.statusCode()).isEqualTo(200);
        assertThat(catalog.headers().allValues("Access-Control-Allow-Origin")).containsExactly("*");
        assertThat(catalog.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
        assertThat(catalog.headers().firstValue("Access-Control-Expose-Headers").orElse("")).contains("ETag");

        HttpResponse<byte[]> sparql = api.call("POST", "/sparql", "query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8),
                "Content-Type", "application/x-www-form-urlencoded", "Accept", "application/sparql-results+json", "Origin", FOREIGN);
        assertThat(sparql.statusCode()).as(Api.text(sparql)).isEqualTo(200);
        assertThat(sparql.headers().allValues("Access-Control-Allow-Origin")).containsExactly("*");
    }

    @Test
    void aPreflightIsAnsweredForReadsAndRefusedForWrites() {
        HttpResponse<byte[]> query = api.call("OPTIONS", "/sparql", null, "Origin", FOREIGN,
                "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "content-type, accept");
        assertThat(query.statusCode()).isEqualTo(204);
        assertThat(query.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(query.headers().firstValue("Access-Control-Allow-Methods").orElse("")).contains("POST").contains("GET");

        ProblemBody.assertProblem(api.call("OPTIONS", "/api/agencies/mps/catalogue", null, "Origin", FOREIGN,
                "Access-Control-Request-Method", "PUT"), 403);
        ProblemBody.assertProblem(api.call("OPTIONS", "/catalog", null, "Origin", FOREIGN,
                "Access-Control-Request-Method", "GET", "Access-Control-Request-Headers", "authorization"), 403);
    }

    @Test
    void readsKeepTheirCachingHeadersAndTheOtherProtectiveOnes() {
        HttpResponse<byte[]> catalog = api.get("/catalog", "Accept", "text/turtle");

        assertThat(catalog.statusCode()).isEqualTo(200);
        String etag = catalog.headers().firstValue("ETag").orElseThrow();
        assertThat(catalog.headers().firstValue("Last-Modified")).isPresent();
        assertThat(catalog.headers().allValues("Cache-Control")).noneMatch(v -> v.contains("no-store") || v.contains("no-cache"));
        assertThat(catalog.headers().firstValue("Pragma")).isEmpty();
        assertThat(catalog.headers().firstValue("Expires")).isEmpty();
        assertThat(catalog.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(catalog.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID"));

        assertThat(api.get("/catalog", "Accept", "text/turtle", "If-None-Match", etag).statusCode()).isEqualTo(304);
    }

    @Test
    void anonymousQueriesStayOpen() {
        HttpResponse<byte[]> post = api.call("POST", "/sparql", "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }",
                "Content-Type", "application/sparql-query", "Accept", "application/sparql-results+json");
        assertThat(post.statusCode()).as(Api.text(post)).isEqualTo(200);
        assertThat(Api.text(post)).contains("\"n\"");

        assertThat(api.http().count("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }")).isPositive();
        assertThat(api.get("/").statusCode()).isEqualTo(200);
        assertThat(api.get("/actuator/health").statusCode()).isEqualTo(200);
    }

    @Test
    void aMethodNothingAcceptsIsStill405WithoutCredentials() {
        HttpResponse<byte[]> response = api.call("POST", "/catalog", "<urn:a> <urn:b> <urn:c> .", "Content-Type", "text/turtle");

        ProblemBody.assertProblem(response, 405);
        assertThat(response.headers().firstValue("Allow").orElse("")).contains("GET");
    }

    @Test
    void updatesAreForTheAdministratorAlone() {
        assertThat(api.call("POST", "/api/accounts", account("would.update"),
                "Authorization", basic("admin", ADMIN_PASSWORD)).statusCode()).isEqualTo(201);

        HttpResponse<byte[]> steward = api.call("POST", "/sparql/update", "CLEAR ALL",
                "Content-Type", "application/sparql-update", "Authorization", basic("would.update", "browser-password"));

        ProblemBody.assertProblem(steward, 403);
    }
}
