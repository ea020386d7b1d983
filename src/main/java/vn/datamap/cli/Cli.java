package vn.datamap.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.datamap.bench.BenchCommands;

/**
 * The command line of the same jar: {@code validate FILE}, {@code import --agency ID FILE},
 * {@code export [--agency ID] [--format F] FILE}, {@code restore FILE}. Exit codes a script can use:
 * 0 done, 1 the catalogue breaks the rules, 2 wrong usage, 3 the file cannot be read,
 * 4 the store is busy or cannot be opened, 5 refused (e.g. unknown agency, removal guard).
 */
public final class Cli {
    public static final int OK = 0, INVALID = 1, USAGE = 2, UNREADABLE = 3, STORE = 4, REFUSED = 5;
    static final Set<String> COMMANDS = Set.of("validate", "import", "export", "restore", "generate", "bench", "help");
    /** The options each command takes (generate and bench: {@link BenchCommands#OPTIONS}); any other is refused rather than ignored. */
    private static final Map<String, Set<String>> OPTIONS = Map.of(
            "validate", Set.of("agency", "base-uri", "report", "data-dir"),
            "import", Set.of("agency", "confirm-removals", "base-uri", "report", "data-dir"),
            "export", Set.of("agency", "format", "base-uri", "data-dir"),
            "restore", Set.of("base-uri", "data-dir"));

    private Cli() {}

    /** Whether the arguments ask for a command rather than the server. */
    public static boolean isCommand(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        Map<String, String> options = new LinkedHashMap<>();
        List<String> files = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            if (a.startsWith("--") && a.contains("=")) {
                options.put(a.substring(2, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
            } else if (a.startsWith("--") && !a.equals("--confirm-removals") && i + 1 < args.length) {
                options.put(a.substring(2), args[++i]);
            } else if (a.startsWith("--")) {
                options.put(a.substring(2), "true");
            } else {
                files.add(a);
            }
        }
        String command = args.length == 0 ? "help" : args[0];
        boolean benchmark = BenchCommands.OPTIONS.containsKey(command);
        if (options.containsKey("help") || files.contains("-h")) {
            out.println(benchmark ? BenchCommands.USAGE_TEXT : USAGE_TEXT);
            return OK;
        }
        Set<String> taken = benchmark ? BenchCommands.OPTIONS.get(command) : OPTIONS.getOrDefault(command, Set.of());
        List<String> unknown = options.keySet().stream().filter(o -> !taken.contains(o)).toList();
        if (!unknown.isEmpty()) {
            // A misspelt option would otherwise be ignored: validate --agnecy moj checks no agency.
            String names = "--" + String.join(", --", unknown);
            err.println("error: " + command + " has no option " + names + " / lệnh " + command + " không có tùy chọn " + names
                    + "\n" + USAGE_TEXT);
            return USAGE;
        }
        if (benchmark && files.isEmpty()) {
            return BenchCommands.run(command, options, out, err);
        }
        if (command.equals("help") || files.size() != 1) {
            (command.equals("help") ? out : err).println(USAGE_TEXT);
            return command.equals("help") ? OK : USAGE;
        }
        Path file = Path.of(files.get(0));
        try {
            return switch (command) {
                case "validate" -> new Commands(options, out, err).validate(file);
                case "import" -> new Commands(options, out, err).importFile(file);
                case "export" -> new Commands(options, out, err).export(file);
                case "restore" -> new Restore(options, out, err).run(file);
                default -> USAGE;
            };
        } catch (CliFailure e) {
            err.println("error: " + e.getMessage());
            return e.code();
        }
    }

    static final String USAGE_TEXT = """
            Vietnam Data Map — command line / dòng lệnh

              java -jar datamap.jar validate [--agency ID] [--base-uri URI] FILE
                  Check a catalogue file (Turtle, JSON-LD, RDF/XML, N-Triples, CSV, XLSX) without a
                  running server; prints the report. The base URI is the one the file's catalogue
                  IRI was written under, unless given. / Kiểm tra tệp danh mục, không cần máy chủ.
              java -jar datamap.jar import --agency ID [--confirm-removals] FILE
                  Validate and store the catalogue of agency ID in DATAMAP_DATA_DIR (the server must
                  be stopped; while it runs, use PUT /api/agencies/ID/catalogue). / Nộp danh mục.
              java -jar datamap.jar export [--agency ID] [--format ttl|jsonld|rdf|nt|csv|xlsx|nq] FILE
                  Write one agency's catalogue, or the whole map, to FILE. / Xuất danh mục.
              java -jar datamap.jar restore [--base-uri URI] FILE --data-dir DIR
                  Load a backup (datamap-….nq.gz from POST /api/admin/backup, or /dump) into an EMPTY
                  data directory; the base URI comes from the backup. / Khôi phục bản sao lưu.

              java -jar datamap.jar generate --databases 1000|10000|100000 [--seed S]
                                             [--largest-triples T] --out DIR
                  Write a synthetic national map (one Turtle file per agency) for benchmarks; with
                  --largest-triples, also submission/AGENCY.ttl, one catalogue grown to T triples.
              java -jar datamap.jar bench [--sizes 1000,10000,100000] [--iterations N] [--out target/bench]
                                          [--memory[=TRIPLES]] [--heap 1g] [--jar target/datamap.jar] ...
                  Measure pages, named queries, submission, exports, dereference, search and memory,
                  each against its baseline; table in bench.md and bench.json (docs/PERFORMANCE.md).

            Options: --report json|text (validate), --data-dir DIR (default DATAMAP_DATA_DIR or ./data);
            --help with any command prints its usage; an option the command does not take is refused.
            / Tùy chọn sai tên bị từ chối (mã 2), không bị bỏ qua.
            Exit codes: 0 done, 1 the catalogue breaks the rules, 2 wrong usage, 3 unreadable file,
            4 store busy or unavailable, 5 refused.
            """;

    /** A command that cannot go on, with the exit code that says why. */
    static final class CliFailure extends RuntimeException {
        private final int code;

        CliFailure(int code, String message) {
            super(message);
            this.code = code;
        }

        int code() {
            return code;
        }
    }
}
