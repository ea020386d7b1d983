package vn.datamap.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * A closed-loop load: {@code clients} threads, each sending its next request as soon as the
 * previous answer is read, for a fixed time after a warm-up. Counts answers per second and keeps
 * every latency. HTTP/1.1 with keep-alive, one connection per client.
 */
final class ConcurrentLoad {
    /** What a load achieved. */
    record Result(long requests, long failures, double seconds, double[] latenciesMs) {
        double perSecond() {
            return requests / seconds;
        }
    }

    private ConcurrentLoad() {}

    /** {@code paths} gives the path of the i-th request of a client (clients start at different offsets). */
    static Result run(int port, String accept, IntFunction<String> paths, int clients, Duration warmUp, Duration time) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).executor(Executors.newFixedThreadPool(2)).build();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            long warmEnd = System.nanoTime() + warmUp.toNanos();
            long end = warmEnd + time.toNanos();
            AtomicLong failures = new AtomicLong();
            List<Future<List<Double>>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                futures.add(pool.submit(() -> {
                    List<Double> latencies = new ArrayList<>();
                    for (int i = client * 7919; System.nanoTime() < end; i++) {
                        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + paths.apply(i)))
                                .header("Accept", accept).timeout(Duration.ofMinutes(1)).GET().build();
                        long t = System.nanoTime();
                        int status = send(http, request);
                        long done = System.nanoTime();
                        if (t >= warmEnd && done <= end) {
                            if (status == 200) {
                                latencies.add(Timing.ms(done - t));
                            } else {
                                failures.incrementAndGet();
                            }
                        }
                    }
                    return latencies;
                }));
            }
            List<Double> all = new ArrayList<>();
            for (Future<List<Double>> f : futures) {
                all.addAll(f.get());
            }
            return new Result(all.size(), failures.get(), time.toNanos() / 1e9,
                    all.stream().mapToDouble(Double::doubleValue).toArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
            http.executor().ifPresent(e -> ((ExecutorService) e).shutdownNow());
        }
    }

    private static int send(HttpClient http, HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
