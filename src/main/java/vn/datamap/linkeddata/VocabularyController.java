package vn.datamap.linkeddata;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;
import vn.datamap.vocab.DM;
import vn.datamap.vocab.NS;
import vn.datamap.web.Conditional;
import vn.datamap.web.RdfResponses;
import vn.datamap.web.Representation;

/**
 * {@code /ns}: the project's own vocabulary, as shipped in {@code ontology/datamap.ttl}: RDF by
 * Accept, or a page listing every class and property with its Vietnamese and English label and
 * definition. The namespace is fixed ({@value DM#NS}); this is a copy served by every deployment.
 */
@Controller
public class VocabularyController {
    static final String RESOURCE = "datamap/ontology/datamap.ttl";
    private static final Instant LOADED = Instant.now();

    /** One term of the vocabulary, for the page. */
    public record Term(String iri, String name, String kind, String labelVi, String labelEn,
                       String commentVi, String commentEn, String domain, String range, String parent) {
    }

    private final Graph ontology;

    public VocabularyController() throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("The vocabulary " + RESOURCE + " is missing from the jar");
            }
            ontology = RDFParser.source(in).lang(Lang.TURTLE).toGraph();
        }
    }

    @GetMapping({"/ns", "/ns.{suffix}"})
    public ModelAndView vocabulary(@org.springframework.web.bind.annotation.PathVariable(required = false) String suffix,
                                   HttpServletRequest request, HttpServletResponse response) throws IOException {
        Representation representation = Representation.negotiate(request, suffix, true);
        RdfResponses.varyByAccept(response);
        String variant = representation.isHtml() ? "ns|html|" + LocaleContextHolder.getLocale() : "ns|" + representation.rdf();
        if (Conditional.notModified(request, response, 0, LOADED, variant)) {
            return null;
        }
        if (!representation.isHtml()) {
            RdfResponses.write(response, ontology, representation.rdf());
            return null;
        }
        ModelAndView view = new ModelAndView("ns");
        view.addObject("classes", terms(NS.OWL + "Class"));
        List<Term> properties = new ArrayList<>(terms(NS.OWL + "ObjectProperty"));
        properties.addAll(terms(NS.OWL + "DatatypeProperty"));
        properties.sort(Comparator.comparing(Term::name));
        view.addObject("properties", properties);
        view.addObject("namespace", DM.NS);
        view.addObject("version", literal(NodeFactory.createURI(DM.ONTOLOGY), NS.OWL + "versionInfo", null));
        return view;
    }

    private List<Term> terms(String type) {
        List<Term> terms = new ArrayList<>();
        ontology.find(Node.ANY, NS.RDF_TYPE, NodeFactory.createURI(type)).forEachRemaining(t -> {
            Node term = t.getSubject();
            if (!term.isURI() || !term.getURI().startsWith(DM.NS)) {
                return;
            }
            terms.add(new Term(term.getURI(), term.getURI().substring(DM.NS.length()), type.substring(NS.OWL.length()),
                    literal(term, NS.RDFS + "label", "vi"), literal(term, NS.RDFS + "label", "en"),
                    literal(term, NS.RDFS + "comment", "vi"), literal(term, NS.RDFS + "comment", "en"),
                    compact(term, NS.RDFS + "domain"), compact(term, NS.RDFS + "range"),
                    compact(term, type.endsWith("Class") ? NS.RDFS + "subClassOf" : NS.RDFS + "subPropertyOf")));
        });
        terms.sort(Comparator.comparing(Term::name));
        return terms;
    }

    private String literal(Node subject, String property, String lang) {
        return ontology.find(subject, NodeFactory.createURI(property), Node.ANY).toList().stream()
                .map(t -> t.getObject())
                .filter(o -> o.isLiteral() && (lang == null || lang.equals(o.getLiteralLanguage())))
                .map(Node::getLiteralLexicalForm).findFirst().orElse(null);
    }

    private String compact(Node subject, String property) {
        return ontology.find(subject, NodeFactory.createURI(property), Node.ANY).toList().stream()
                .map(t -> t.getObject()).filter(Node::isURI)
                .map(o -> {
                    String q = NS.prefixes().qnameFor(o.getURI());
                    return q != null ? q : o.getURI();
                })
                .sorted().reduce((a, b) -> a + ", " + b).orElse(null);
    }
}
