package vn.datamap.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.shared.impl.PrefixMappingImpl;

/** Namespaces of the vocabularies the map reuses, and the prefixes every serialisation uses. */
public final class NS {
    public static final String DCAT = "http://www.w3.org/ns/dcat#";
    public static final String DCT = "http://purl.org/dc/terms/";
    public static final String FOAF = "http://xmlns.com/foaf/0.1/";
    public static final String ORG = "http://www.w3.org/ns/org#";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String VCARD = "http://www.w3.org/2006/vcard/ns#";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String HYDRA = "http://www.w3.org/ns/hydra/core#";
    public static final String VOID = "http://rdfs.org/ns/void#";
    public static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    public static final String ADMS = "http://www.w3.org/ns/adms#";
    public static final String DCATAP = "http://data.europa.eu/r5r/";
    public static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    public static final String OWL = "http://www.w3.org/2002/07/owl#";
    public static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    public static final String SH = "http://www.w3.org/ns/shacl#";
    public static final String EU_LANGUAGE = "http://publications.europa.eu/resource/authority/language/";

    public static final Node RDF_TYPE = uri(RDF + "type");

    private static final PrefixMapping PREFIXES = build();

    private NS() {}

    public static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    /** The prefixes written into every Turtle and JSON-LD document (read-only). */
    public static PrefixMapping prefixes() {
        return PREFIXES;
    }

    private static PrefixMapping build() {
        PrefixMapping p = new PrefixMappingImpl();
        p.setNsPrefix("dm", DM.NS);
        p.setNsPrefix("dcat", DCAT);
        p.setNsPrefix("dct", DCT);
        p.setNsPrefix("foaf", FOAF);
        p.setNsPrefix("org", ORG);
        p.setNsPrefix("skos", SKOS);
        p.setNsPrefix("vcard", VCARD);
        p.setNsPrefix("prov", PROV);
        p.setNsPrefix("hydra", HYDRA);
        p.setNsPrefix("void", VOID);
        p.setNsPrefix("sd", SD);
        p.setNsPrefix("rdf", RDF);
        p.setNsPrefix("rdfs", RDFS);
        p.setNsPrefix("owl", OWL);
        p.setNsPrefix("xsd", XSD);
        return p.lock();
    }
}
