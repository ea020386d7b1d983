package vn.datamap.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
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
        AtomicBoolean recording = new AtomicBoolean(true);
        // A registry cannot drop a handler: this one stops recording when the test ends.
        registry.observationConfig().observationHandler(new ObservationHandler<>() {
            @Override
            public void onStart(Observation.Context context) {
                started.add(context.getName());
            }

            @Override
            public boolean supportsContext(Observation.Context context) {
                return recording.get();
            }
        });
        try {
            requests(server);
        } finally {
            recording.set(false);
        }

        assertThat(started).as("observations started by the three requests")
                .contains("http.server.requests")
                .noneMatch(name -> name.startsWith("spring.security"));
    }

    private static void requests(TestServer server) {
        assertThat(server.http().get("/favicon.svg").statusCode()).isEqualTo(200);
        assertThat(server.http().get("/dataset/ndb-population", "Accept", "text/turtle").statusCode()).isEqualTo(200);
        // A signed-in call goes through authentication and authorization too.
        assertThat(server.http().get("/api/agencies/moj/revisions", "Authorization", "Basic " + java.util.Base64.getEncoder()
                .encodeToString("nobody:wrong".getBytes(java.nio.charset.StandardCharsets.UTF_8))).statusCode()).isEqualTo(401);
    }
}
