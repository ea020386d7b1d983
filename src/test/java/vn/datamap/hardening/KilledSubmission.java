package vn.datamap.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import vn.datamap.support.ChildServer;
import vn.datamap.support.HttpTester;
import vn.datamap.support.WriteClient;

/**
 * One catalogue submission to a child server, killed with SIGKILL at a {@link KillPoint} that a
 * {@link DataDirectoryWatcher} spots: when each event was seen, when the kill landed, how the
 * PUT ended and the child's exit status. Asserts that the child died of the kill, and that the
 * kill came before the answer unless it was meant to come after it.
 */
record KilledSubmission(Map<SubmissionEvent, Long> seen, long killedAtMs, long longestStoreJournal, String put, int exit) {

    /**
     * Sends {@code body} with {@code request} (a PUT of everything but the body) to {@code server},
     * whose data directory is {@code data}, and kills the server at {@code point}.
     */
    static KilledSubmission run(ChildServer server, Path data, HttpRequest.Builder request, byte[] body, KillPoint point,
                                KillTiming timing) throws InterruptedException {
        Process process = server.process();
        DataDirectoryWatcher watch = new DataDirectoryWatcher(data, process, timing.fullJournal(), point.trigger,
                point == KillPoint.CHECKING ? timing.checkingDelayMs() : -1);
        watch.start();
        HttpRequest put = request.PUT(watched(body, watch)).build();
        CompletableFuture<HttpResponse<byte[]>> answer = server.client().sendAsync(put, HttpResponse.BodyHandlers.ofByteArray());
        String ended;
        try {
            HttpResponse<byte[]> response = answer.get(3, TimeUnit.MINUTES);
            watch.mark(SubmissionEvent.RESPONSE);
            ended = response.statusCode() + " " + (response.statusCode() == 200
                    ? WriteClient.json(response).get("status").asString() : HttpTester.text(response));
        } catch (ExecutionException e) {
            ended = "cut off (" + e.getCause().getClass().getSimpleName() + ")";
        } catch (TimeoutException e) {
            ended = "no answer in 3 min";
        }
        watch.killNow(); // the point of AFTER_RESPONSE; for the others, a no-op unless the kill missed its moment
        process.waitFor(30, TimeUnit.SECONDS);
        watch.stop();
        KilledSubmission attempt = new KilledSubmission(watch.seen(), watch.killedAtMs(), watch.longestStoreJournal(), ended,
                process.isAlive() ? -1 : process.exitValue());
        // 128 + 9: the child died of SIGKILL (Process.destroyForcibly on Linux), not of anything else.
        assertThat(attempt.exit).as("%s: exit status of the killed server (put: %s)", point, attempt.put).isEqualTo(137);
        if (point != KillPoint.AFTER_RESPONSE) {
            assertThat(attempt.put).as("%s: the kill must land before the answer (seen: %s)", point, attempt.seenText())
                    .startsWith("cut off");
        } else {
            assertThat(attempt.put).as("the uninterrupted submission").isEqualTo("200 accepted");
        }
        return attempt;
    }

    /** The events in the order seen, with their times: {@code body-sending@3 body-sent@40 …}. */
    String seenText() {
        return seen.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .map(e -> e.getKey().label() + "@" + e.getValue())
                .collect(Collectors.joining(" "));
    }

    /** The body as it goes out, telling the watch when the first bytes and the last have been handed over. */
    private static HttpRequest.BodyPublisher watched(byte[] body, DataDirectoryWatcher watch) {
        HttpRequest.BodyPublisher inner = HttpRequest.BodyPublishers.ofByteArray(body);
        return new HttpRequest.BodyPublisher() {
            @Override
            public long contentLength() {
                return inner.contentLength();
            }

            @Override
            public void subscribe(Flow.Subscriber<? super ByteBuffer> subscriber) {
                inner.subscribe(new Flow.Subscriber<ByteBuffer>() {
                    @Override
                    public void onSubscribe(Flow.Subscription subscription) {
                        subscriber.onSubscribe(subscription);
                    }

                    @Override
                    public void onNext(ByteBuffer item) {
                        watch.mark(SubmissionEvent.BODY_SENDING);
                        subscriber.onNext(item);
                    }

                    @Override
                    public void onError(Throwable throwable) {
                        subscriber.onError(throwable);
                    }

                    @Override
                    public void onComplete() {
                        watch.mark(SubmissionEvent.BODY_SENT);
                        subscriber.onComplete();
                    }
                });
            }
        };
    }
}
