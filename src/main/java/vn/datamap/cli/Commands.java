package vn.datamap.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.graph.GraphFactory;
import org.springframework.context.ConfigurableApplicationContext;
import vn.datamap.ingest.BodyFormat;
import vn.datamap.ingest.CatalogueWriter;
import vn.datamap.ingest.Submission;
import vn.datamap.ingest.SubmissionOutcome;
import vn.datamap.ingest.SubmissionReader;
import vn.datamap.ingest.sheet.SheetFormat;
import vn.datamap.publish.CatalogPublisher;
import vn.datamap.store.Store;
import vn.datamap.vocab.Minted;
import vn.datamap.web.ApiException;
import vn.datamap.web.RdfFormat;

/** The three commands, each on a context of the application without its web server. */
final class Commands {
    private final Map<String, String> options;
    private final PrintStream out;
    private final PrintStream err;

    Commands(Map<String, String> options, PrintStream out, PrintStream err) {
        this.options = options;
        this.out = out;
        this.err = err;
    }

    int validate(Path file) {
        byte[] body = read(file);
        BodyFormat format = format(file);
        Progress progress = new Progress(err, 3);
        try (ConfigurableApplicationContext context = CliContext.forValidation(options, FileBase.of(body, format))) {
            progress.step("map loaded / đã nạp bản đồ");
            SubmissionReader reader = context.getBean(SubmissionReader.class);
            String agencyId = options.containsKey("agency") ? options.get("agency") : reader.agencyOf(body, format);
            SubmissionReader.Parsed parsed = reader.read(body, format, agencyId);
            progress.step("file read / đã đọc tệp");
            SubmissionOutcome checked = context.getBean(CatalogueWriter.class).check(
                    new Submission(agencyId, parsed.graph(), format.mediaType(), body.length, agent(), true, null, null));
            SubmissionOutcome outcome = parsed.problems().isEmpty() ? checked : parsed.rejected(checked);
            progress.step("validated / đã kiểm tra");
            new ReportPrinter(out, context.getBean(Minted.class)).print(outcome, parsed, "json".equals(options.get("report")));
            return outcome.violations() == 0 ? Cli.OK : Cli.INVALID;
        } catch (ApiException e) {
            throw failure(e);
        }
    }

    int importFile(Path file) {
        String agencyId = options.get("agency");
        if (agencyId == null) {
            throw new Cli.CliFailure(Cli.USAGE, "import needs --agency ID");
        }
        byte[] body = read(file);
        BodyFormat format = format(file);
        Progress progress = new Progress(err, 3);
        try (ConfigurableApplicationContext context = CliContext.forDataDirectory(options)) {
            progress.step("store opened / đã mở kho");
            SubmissionReader.Parsed parsed = context.getBean(SubmissionReader.class).read(body, format, agencyId);
            progress.step("file read / đã đọc tệp");
            CatalogueWriter writer = context.getBean(CatalogueWriter.class);
            Submission submission = new Submission(agencyId, parsed.graph(), format.mediaType(), body.length, agent(),
                    options.containsKey("confirm-removals"), null, null);
            SubmissionOutcome outcome = parsed.problems().isEmpty() ? writer.submit(submission) : parsed.rejected(writer.check(submission));
            progress.step(outcome.status().name().toLowerCase(Locale.ROOT));
            new ReportPrinter(out, context.getBean(Minted.class)).print(outcome, parsed, "json".equals(options.get("report")));
            return outcome.status() == SubmissionOutcome.Status.REJECTED ? Cli.INVALID : Cli.OK;
        } catch (ApiException e) {
            throw failure(e);
        }
    }

    int export(Path file) {
        String agencyId = options.get("agency");
        String name = options.getOrDefault("format", extension(file));
        try (ConfigurableApplicationContext context = CliContext.forDataDirectory(options);
             OutputStream sink = Files.newOutputStream(file)) {
            CatalogPublisher publisher = context.getBean(CatalogPublisher.class);
            Minted minted = context.getBean(Minted.class);
            Store store = context.getBean(Store.class);
            if (name.equals("csv") || name.equals("xlsx")) {
                if (agencyId == null) {
                    throw new Cli.CliFailure(Cli.USAGE, "a spreadsheet holds one agency's catalogue: add --agency ID");
                }
                Graph stored = store.read(r -> r.graph(minted.catalogueGraph(agencyId)));
                context.getBean(SubmissionReader.class).sheets().write(stored, agencyId,
                        name.equals("csv") ? SheetFormat.CSV : SheetFormat.XLSX, sink);
            } else if (name.equals("nq")) {
                List<org.apache.jena.graph.Node> graphs = store.graphs().stream().sorted((a, b) -> a.getURI().compareTo(b.getURI())).toList();
                StreamRDF writer = StreamRDFWriter.getWriterStream(sink, org.apache.jena.riot.RDFFormat.NQUADS);
                writer.start();
                Progress progress = new Progress(err, graphs.size());
                for (var g : graphs) {
                    store.read(r -> {
                        r.streamQuads(List.of(g), writer);
                        return null;
                    });
                    progress.step(minted.relative(g.getURI()));
                }
                writer.finish();
            } else {
                RdfFormat format = RdfFormat.ofSuffix(name);
                if (format == null) {
                    throw new Cli.CliFailure(Cli.USAGE, "unknown format '" + name + "': ttl, jsonld, rdf, nt, csv, xlsx or nq");
                }
                Graph graph = agencyId != null ? publisher.whole(agencyId) : wholeMap(store, minted, publisher);
                format.write(vn.datamap.web.RdfResponses.withPrefixes(graph), sink);
            }
            out.println("wrote " + file);
            return Cli.OK;
        } catch (ApiException e) {
            throw failure(e);
        } catch (vn.datamap.publish.CatalogNotFoundException e) {
            throw new Cli.CliFailure(Cli.REFUSED, e.getMessage());
        } catch (IOException e) {
            throw new Cli.CliFailure(Cli.UNREADABLE, "cannot write " + file + ": " + e.getMessage());
        }
    }

    private Graph wholeMap(Store store, Minted minted, CatalogPublisher publisher) {
        List<String> agencies = store.graphs().stream().map(minted::agencyIdOfCatalogueGraph)
                .filter(java.util.Objects::nonNull).sorted().toList();
        Graph all = GraphFactory.createDefaultGraph();
        Progress progress = new Progress(err, agencies.size() + 1);
        publisher.whole("government").find().forEachRemaining(all::add);
        progress.step("government");
        for (String agency : agencies) {
            publisher.whole(agency).find().forEachRemaining(all::add);
            progress.step(agency);
        }
        return all;
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new Cli.CliFailure(Cli.UNREADABLE, "cannot read " + file + ": " + e.getMessage());
        }
    }

    private BodyFormat format(Path file) {
        BodyFormat format = options.containsKey("format") ? BodyFormat.ofFileName("x." + options.get("format"))
                : BodyFormat.ofFileName(file.getFileName().toString());
        if (format == null) {
            throw new Cli.CliFailure(Cli.USAGE, "cannot tell the format of " + file
                    + ": name it .ttl, .jsonld, .rdf, .nt, .csv or .xlsx, or add --format");
        }
        return format;
    }

    private static String extension(Path file) {
        String n = file.getFileName().toString();
        return n.contains(".") ? n.substring(n.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "ttl";
    }

    private static String agent() {
        return "cli:" + System.getProperty("user.name", "unknown");
    }

    private static Cli.CliFailure failure(ApiException e) {
        int code = switch (e.status()) {
            case 400, 413, 415 -> Cli.UNREADABLE;
            case 503 -> Cli.STORE;
            default -> Cli.REFUSED;
        };
        return new Cli.CliFailure(code, e.getMessage());
    }
}
