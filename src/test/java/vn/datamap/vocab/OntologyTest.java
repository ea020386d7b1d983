package vn.datamap.vocab;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;

/**
 * The vocabulary is complete as the product promises: every term and every concept has a label
 * and a definition in Vietnamese and in English, every concept scheme the model names exists, and
 * every {@code dm:} term the project's own files use is defined.
 */
class OntologyTest {
    private static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    private static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    private static final String BASE = "https://map.example.test/";

    private final Graph ontology = RDFParser.source("ontology/datamap.ttl").lang(Lang.TURTLE).toGraph();
    private final Graph schemes = RDFParser.source("ontology/schemes.ttl").base(BASE).lang(Lang.TURTLE).toGraph();

    @Test
    void everyTermHasVietnameseAndEnglishLabelAndDefinition() {
        Set<Node> terms = definedTerms();
        assertThat(terms).hasSizeGreaterThan(30);
        List<String> missing = new ArrayList<>();
        for (Node term : terms) {
            for (String lang : List.of("vi", "en")) {
                if (!hasLiteral(ontology, term, RDFS + "label", lang)) {
                    missing.add(term.getLocalName() + " rdfs:label@" + lang);
                }
                if (!hasLiteral(ontology, term, RDFS + "comment", lang)) {
                    missing.add(term.getLocalName() + " rdfs:comment@" + lang);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyConceptHasVietnameseAndEnglishLabelDefinitionAndNotation() {
        List<Node> concepts = schemes.find(Node.ANY, uri(NS_RDF_TYPE), uri(SKOS + "Concept"))
                .mapWith(t -> t.getSubject()).toList();
        assertThat(concepts).hasSizeGreaterThan(40);
        List<String> missing = new ArrayList<>();
        for (Node concept : concepts) {
            for (String lang : List.of("vi", "en")) {
                if (!hasLiteral(schemes, concept, SKOS + "prefLabel", lang)) {
                    missing.add(concept + " skos:prefLabel@" + lang);
                }
                if (!hasLiteral(schemes, concept, SKOS + "definition", lang)) {
                    missing.add(concept + " skos:definition@" + lang);
                }
            }
            if (!schemes.contains(concept, uri(SKOS + "notation"), Node.ANY)) {
                missing.add(concept + " skos:notation");
            }
            if (!schemes.contains(concept, uri(SKOS + "inScheme"), Node.ANY)) {
                missing.add(concept + " skos:inScheme");
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void theSchemesTheModelNamesExist() {
        for (String scheme : List.of("database-kind", "agency-kind", "milestone-kind", "milestone-status",
                "access-level", "sector")) {
            assertThat(schemes.contains(uri(BASE + "concept/" + scheme), uri(NS_RDF_TYPE), uri(SKOS + "ConceptScheme")))
                    .as("scheme %s", scheme).isTrue();
        }
        // The three legal kinds and the three sub-kinds of kind 2.
        for (String kind : List.of("national", "shared", "internal", "ministry-shared", "sector-shared", "local-shared")) {
            assertThat(schemes.contains(uri(BASE + "concept/database-kind/" + kind), uri(SKOS + "inScheme"),
                    uri(BASE + "concept/database-kind"))).as("database kind %s", kind).isTrue();
        }
    }

    @Test
    void everyDmTermTheProjectUsesIsDefined() {
        Set<Node> defined = definedTerms();
        Set<String> undefined = new TreeSet<>();
        for (String file : List.of("ontology/schemes.ttl", "shapes/datamap-shapes.ttl",
                "src/main/resources/datamap/reference/agencies.ttl", "src/main/resources/datamap/reference/provinces.ttl",
                "src/main/resources/datamap/reference/changes.ttl", "src/main/resources/datamap/reference/legal.ttl",
                "src/main/resources/datamap/reference/national-databases.ttl",
                "src/main/resources/datamap/demo/mps.ttl", "src/main/resources/datamap/demo/vn63-ha-giang.ttl")) {
            Graph g = RDFParser.source(file).base(BASE).lang(Lang.TURTLE).toGraph();
            g.find().forEachRemaining(t -> {
                for (Node n : List.of(t.getPredicate(), t.getObject())) {
                    if (n.isURI() && n.getURI().startsWith(DM.NS) && !defined.contains(n)) {
                        undefined.add(n.getLocalName() + " (in " + file + ")");
                    }
                }
            });
        }
        assertThat(undefined).isEmpty();
    }

    private Set<Node> definedTerms() {
        Set<Node> terms = new TreeSet<>((a, b) -> a.getURI().compareTo(b.getURI()));
        ontology.find(Node.ANY, uri(NS_RDF_TYPE), Node.ANY).forEachRemaining(t -> {
            if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(DM.NS)) {
                terms.add(t.getSubject());
            }
        });
        return terms;
    }

    private static boolean hasLiteral(Graph g, Node s, String p, String lang) {
        return g.find(s, uri(p), Node.ANY).filterKeep(t -> t.getObject().isLiteral()
                && lang.equals(t.getObject().getLiteralLanguage())
                && !t.getObject().getLiteralLexicalForm().isBlank()).hasNext();
    }

    private static final String NS_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
