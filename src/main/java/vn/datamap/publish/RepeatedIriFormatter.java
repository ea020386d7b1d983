package vn.datamap.publish;

import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;
import org.apache.jena.atlas.io.AWriter;
import org.apache.jena.atlas.io.IO;
import org.apache.jena.atlas.io.IndentedLineBuffer;
import org.apache.jena.atlas.lib.CharSpace;
import org.apache.jena.riot.out.NodeFormatterNT;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.writer.WriterStreamRDFPlain;

/**
 * RIOT's N-Triples node formatting, with each IRI's written form kept once made. An export
 * repeats the same IRIs all along (every predicate, a subject for each of its triples, the
 * agencies and concepts linked to), and RIOT checks an IRI character by character every time it
 * writes it: half the time of an unpaged catalogue export. The output is byte for byte RIOT's.
 * One instance per stream (not thread-safe); the table is emptied when it reaches
 * {@link #KEPT} IRIs, so memory stays bounded whatever the export's size.
 */
final class RepeatedIriFormatter extends NodeFormatterNT {
    static final int KEPT = 8192;
    private final Map<String, String> written = new HashMap<>();

    private RepeatedIriFormatter() {
        super(CharSpace.UTF8);
    }

    /** RIOT's N-Triples and N-Quads stream writer (UTF-8), with this formatting. */
    static StreamRDF writer(OutputStream out) {
        AWriter text = IO.wrapUTF8(out);
        return new WriterStreamRDFPlain(text, new RepeatedIriFormatter());
    }

    @Override
    public void formatURI(AWriter w, String uri) {
        String form = written.get(uri);
        if (form == null) {
            IndentedLineBuffer buffer = new IndentedLineBuffer();
            super.formatURI(buffer, uri);
            form = buffer.asString();
            if (written.size() >= KEPT) {
                written.clear();
            }
            written.put(uri, form);
        }
        w.print(form);
    }
}
