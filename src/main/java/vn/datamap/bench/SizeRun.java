package vn.datamap.bench;

import java.io.PrintStream;
import java.util.Locale;
import vn.datamap.DatamapServer;

/** What every section measuring one map size shares: the size, the settings, the running server, the map. */
record SizeRun(int size, BenchSettings settings, DatamapServer server, MapGenerator.Result map, HttpProbe http,
               PrintStream log) {

    int port() {
        return server.port();
    }

    <T> T bean(Class<T> type) {
        return server.context().getBean(type);
    }

    Timing time(Runnable call) {
        return Timing.measure(settings.iterations(), settings.budget(), settings.warmUp(), call);
    }

    void say(String format, Object... args) {
        log.printf(Locale.ROOT, "[%d] " + format + "%n", prepend(size, args));
    }

    private static Object[] prepend(Object first, Object[] rest) {
        Object[] all = new Object[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }
}
