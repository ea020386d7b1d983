package vn.datamap.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import vn.datamap.ingest.BodyFormat;
import vn.datamap.ingest.RdfBodyParser;
import vn.datamap.vocab.DM;
import vn.datamap.vocab.NS;

/**
 * The base URI a catalogue file was written under, read from the IRI of its agency catalogue
 * ({@code <base>catalog/<agency>}): a file exported from a server at https://… validates offline
 * against the same IRIs without the steward naming the base.
 */
final class FileBase {
    private static final Pattern CATALOGUE = Pattern.compile("^(https?://.+/)catalog/[^/?#]+$");

    private FileBase() {}

    /** The base, or null when the file is a spreadsheet, unreadable, or names no agency catalogue. */
    static String of(byte[] body, BodyFormat format) {
        if (format.isSpreadsheet()) {
            return null;
        }
        Graph graph;
        try {
            graph = RdfBodyParser.parse(body, format, "urn:x-datamap:file/");
        } catch (RuntimeException unreadable) {
            return null; // the validation itself reports why
        }
        for (var t : graph.find(Node.ANY, NS.RDF_TYPE, DM.AgencyCatalogue).toList()) {
            if (t.getSubject().isURI()) {
                Matcher m = CATALOGUE.matcher(t.getSubject().getURI());
                if (m.matches()) {
                    return m.group(1);
                }
            }
        }
        return null;
    }
}
