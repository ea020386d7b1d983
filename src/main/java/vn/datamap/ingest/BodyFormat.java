package vn.datamap.ingest;

import java.util.Locale;
import org.apache.jena.riot.Lang;

/** The formats a catalogue may be submitted in, recognised by the request's Content-Type. */
public enum BodyFormat {
    TURTLE("Turtle", "text/turtle", Lang.TURTLE),
    JSONLD("JSON-LD", "application/ld+json", Lang.JSONLD),
    RDFXML("RDF/XML", "application/rdf+xml", Lang.RDFXML),
    NTRIPLES("N-Triples", "application/n-triples", Lang.NTRIPLES),
    CSV("CSV", "text/csv", null),
    XLSX("XLSX", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", null);

    private final String label;
    private final String mediaType;
    private final Lang lang;

    BodyFormat(String label, String mediaType, Lang lang) {
        this.label = label;
        this.mediaType = mediaType;
        this.lang = lang;
    }

    /** The name people know the format by. */
    public String label() {
        return label;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The RDF syntax, or null for a spreadsheet. */
    public Lang lang() {
        return lang;
    }

    public boolean isSpreadsheet() {
        return lang == null;
    }

    /** The format of a Content-Type header (parameters ignored), or null when none fits. */
    public static BodyFormat of(String contentType) {
        if (contentType == null) {
            return null;
        }
        String type = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        for (BodyFormat f : values()) {
            if (f.mediaType.equals(type)) {
                return f;
            }
        }
        return switch (type) {
            case "application/x-turtle" -> TURTLE;
            case "application/json" -> JSONLD;
            case "application/xml", "text/xml" -> RDFXML;
            case "text/plain" -> NTRIPLES;
            default -> null;
        };
    }

    /** The format of an uploaded file's name, for the browser form where no Content-Type is reliable. */
    public static BodyFormat ofFileName(String name) {
        String n = name == null ? "" : name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".ttl")) {
            return TURTLE;
        } else if (n.endsWith(".jsonld") || n.endsWith(".json")) {
            return JSONLD;
        } else if (n.endsWith(".rdf") || n.endsWith(".xml") || n.endsWith(".owl")) {
            return RDFXML;
        } else if (n.endsWith(".nt")) {
            return NTRIPLES;
        } else if (n.endsWith(".csv")) {
            return CSV;
        } else if (n.endsWith(".xlsx")) {
            return XLSX;
        }
        return null;
    }
}
