package vn.datamap.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import vn.datamap.support.TestServer;

/**
 * A request is observed once, as a whole; the security chain starts no observation of its own
 * (one per filter, authentication and authorization), which cost most of a cheap request's work.
 */
class RequestObservationsTest {

    @Test
    void aRequestIsObservedOnceAndItsSecurityFiltersNotAtAll() {
        TestServer server = TestServer.shared();
        ObservationRegistry registry = server.server().context().getBean(ObservationRegistry.class);
        List<String> started = new CopyOnWriteArrayList<>();
        registry.observationConfig().observationHandler(new ObservationHandler<>() {
            @Override
            public void onStart(Observation.Context context) {
                started.add(context.getName());
            }

            @Override
            public boolean supportsContext(Observation.Context context) {
                return true;
            }
        });

        assertThat(server.http().get("/favicon.svg").statusCode()).isEqualTo(200);
        assertThat(server.http().get("/dataset/ndb-population", "Accept", "text/turtle").statusCode()).isEqualTo(200);
        // A signed-in call goes through authentication and authorization too.
        assertThat(server.http().get("/api/agencies/moj/revisions", "Authorization", "Basic " + java.util.Base64.getEncoder()
                .encodeToString("nobody:wrong".getBytes(java.nio.charset.StandardCharsets.UTF_8))).statusCode()).isEqualTo(401);

        assertThat(started).as("observations started by the three requests")
                .contains("http.server.requests")
                .noneMatch(name -> name.startsWith("spring.security"));
    }
}
