package vn.datamap.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Comparator;
import java.util.zip.GZIPOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.riot.system.StreamRDF;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import vn.datamap.store.Store;
import vn.datamap.web.Conditional;
import vn.datamap.web.RdfResponses;
import vn.datamap.web.Representation;

/** The whole live map at once: the VoID description and the gzipped N-Quads dump. */
@Controller
public class PublicationController {
    private final Store store;
    private final VoidDescription voidDescription;

    public PublicationController(Store store, VoidDescription voidDescription) {
        this.store = store;
        this.voidDescription = voidDescription;
    }

    @GetMapping("/.well-known/void")
    public void voidDescription(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Representation representation = Representation.negotiate(request, null, false);
        var state = store.state();
        if (Conditional.notModified(request, response, state.generation(), state.committedAt(), "void|" + representation.rdf())) {
            return;
        }
        RdfResponses.write(response, voidDescription.describe(), representation.rdf());
    }

    /** Streams every public graph as N-Quads, gzipped, in constant memory, from one snapshot. */
    @GetMapping("/dump")
    public void dump(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var state = store.state();
        if (Conditional.notModified(request, response, state.generation(), state.committedAt(), "dump")) {
            return;
        }
        response.setContentType("application/n-quads;charset=utf-8");
        response.setHeader("Content-Encoding", "gzip");
        response.setHeader("Content-Disposition", "attachment; filename=\"datamap.nq\"");
        OutputStream body = response.getOutputStream();
        GZIPOutputStream gzip = new GZIPOutputStream(body, 1 << 16);
        store.read(reader -> {
            StreamRDF sink = new NQuadsBytesWriter(gzip);
            sink.start();
            reader.streamQuads(reader.graphs().stream().sorted(Comparator.comparing(n -> n.getURI())).toList(), sink);
            sink.finish();
            return null;
        });
        gzip.finish();
        gzip.flush();
    }
}
