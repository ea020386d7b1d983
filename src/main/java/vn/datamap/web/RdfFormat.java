package vn.datamap.web;

import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.springframework.http.MediaType;

/** The RDF syntaxes the map speaks, with their media types and file suffixes. */
public enum RdfFormat {
    TURTLE("text/turtle", "ttl", Lang.TURTLE, RDFFormat.TURTLE_PRETTY),
    /** Written by {@link JsonLdWriter}, not RIOT. */
    JSONLD("application/ld+json", "jsonld", Lang.JSONLD, null),
    RDFXML("application/rdf+xml", "rdf", Lang.RDFXML, RDFFormat.RDFXML_PLAIN),
    NTRIPLES("application/n-triples", "nt", Lang.NTRIPLES, RDFFormat.NTRIPLES);

    private final MediaType mediaType;
    private final String suffix;
    private final Lang lang;
    private final RDFFormat jenaFormat;

    RdfFormat(String mediaType, String suffix, Lang lang, RDFFormat jenaFormat) {
        this.mediaType = MediaType.parseMediaType(mediaType);
        this.suffix = suffix;
        this.lang = lang;
        this.jenaFormat = jenaFormat;
    }

    public MediaType mediaType() {
        return mediaType;
    }

    public String suffix() {
        return suffix;
    }

    public Lang lang() {
        return lang;
    }

    /** Writes {@code graph} in this syntax, with the graph's prefixes; {@code out} is flushed, not closed. */
    public void write(Graph graph, OutputStream out) {
        if (this == JSONLD) {
            JsonLdWriter.write(graph, out);
        } else {
            RDFWriter.source(graph).format(jenaFormat).output(out);
        }
    }

    /** The Content-Type header value, with the charset for text syntaxes. */
    public String contentType() {
        return mediaType + (this == RDFXML || this == JSONLD ? "" : ";charset=utf-8");
    }

    public static List<MediaType> mediaTypes() {
        return Arrays.stream(values()).map(RdfFormat::mediaType).toList();
    }

    public static RdfFormat ofMediaType(MediaType type) {
        return Arrays.stream(values()).filter(f -> f.mediaType.equalsTypeAndSubtype(type)).findFirst().orElse(null);
    }

    public static RdfFormat ofSuffix(String suffix) {
        return Arrays.stream(values()).filter(f -> f.suffix.equals(suffix)).findFirst().orElse(null);
    }
}
