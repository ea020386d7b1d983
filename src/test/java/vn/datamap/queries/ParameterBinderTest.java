package vn.datamap.queries;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Var;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.datamap.vocab.Minted;

/** Request text becomes exactly one RDF term of the declared type, or a refusal; never query text. */
class ParameterBinderTest {
    private static final String BASE = "http://example.org/map/";
    private static final Minted MINTED = new Minted(BASE);
    /** 2026-11-28T17:30Z is already 2026-11-29 in Viet Nam. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T17:30:00Z"), NamedQueries.VIET_NAM);
    private static final ParameterBinder.Lookup EVERYTHING_EXISTS = new ParameterBinder.Lookup() {
        @Override
        public boolean isA(Node term, Node type) {
            return !term.getURI().endsWith("/unknown");
        }

        @Override
        public boolean inScheme(Node concept, Node scheme) {
            return concept.getURI().startsWith(scheme.getURI() + "/") && !concept.getURI().endsWith("/unknown");
        }
    };
    private final ParameterBinder binder = new ParameterBinder(MINTED, CLOCK, EVERYTHING_EXISTS);

    private static NamedQuery query(String param) {
        return QueryFile.read("q", """
                #+ title.vi: t
                #+ title.en: t
                #+ description.vi: d
                #+ description.en: d
                #+ param: %s
                SELECT * WHERE { ?s ?p ?v . ?s ?q ?today }
                """.formatted(param));
    }

    private Node bind(String param, String value) {
        NamedQuery q = query(param);
        String name = q.parameters().get(0).name();
        Map<String, String[]> request = value == null ? Map.of() : Map.of(name, new String[] {value});
        return binder.bind(q, request).binding().get(Var.alloc(name));
    }

    private static String refusal(Runnable action) {
        try {
            action.run();
        } catch (ParameterException e) {
            return e.key();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void bindsEachTypeAsOneTerm() {
        assertThat(bind("v type=agency-id", "mps")).isEqualTo(NodeFactory.createURI(BASE + "agency/mps"));
        assertThat(bind("v type=database-id", "ndb-population")).isEqualTo(NodeFactory.createURI(BASE + "dataset/ndb-population"));
        assertThat(bind("v type=concept scheme=sector", "land")).isEqualTo(NodeFactory.createURI(BASE + "concept/sector/land"));
        assertThat(bind("v type=iri", "https://example.com/a?b=c")).isEqualTo(NodeFactory.createURI("https://example.com/a?b=c"));
        assertThat(bind("v type=date", "2024-02-29")).isEqualTo(NodeFactory.createLiteralDT("2024-02-29", XSDDatatype.XSDdate));
        assertThat(bind("v type=integer", "-7")).isEqualTo(NodeFactory.createLiteralDT("-7", XSDDatatype.XSDinteger));
        assertThat(bind("v type=string", "dân cư")).isEqualTo(NodeFactory.createLiteralString("dân cư"));
        assertThat(bind("v type=string lang=vi", "dân cư")).isEqualTo(NodeFactory.createLiteralLang("dân cư", "vi"));
        assertThat(bind("v type=choice values=today|2023", "2023")).isEqualTo(NodeFactory.createLiteralString("2023"));
    }

    @Test
    void todayIsTheDateInVietNamAndDefaultsApply() {
        assertThat(bind("v type=date default=today", null)).isEqualTo(NodeFactory.createLiteralDT("2026-11-29", XSDDatatype.XSDdate));
        assertThat(bind("v type=date default=today", " ")).isEqualTo(NodeFactory.createLiteralDT("2026-11-29", XSDDatatype.XSDdate));
        assertThat(bind("v type=integer default=90", null)).isEqualTo(NodeFactory.createLiteralDT("90", XSDDatatype.XSDinteger));
        assertThat(bind("v type=agency-id required=false", null)).as("optional, no default: unbound").isNull();
        NamedQuery q = query("today type=date default=today");
        assertThat(binder.bind(q, Map.of()).values()).containsEntry("today", "2026-11-29");
    }

    @Test
    void stringsStayLiteralsWhateverTheyContain() {
        String attack = "\") } ; DROP ALL ; SELECT * { ?s ?p ?o #";
        assertThat(bind("v type=string", attack)).isEqualTo(NodeFactory.createLiteralString(attack));
        String decomposed = "da\u0302n cu\u031b";
        assertThat(bind("v type=string", decomposed).getLiteralLexicalForm()).as("stored text is NFC").isEqualTo("dân cư");
    }

    @ParameterizedTest
    @ValueSource(strings = {"mps> } ; DROP ALL #", "MPS", "mps ", "../mps", "mps%3E", "m\u00e1"})
    void refusesAgencyIdsThatAreNoIds(String id) {
        assertThat(refusal(() -> bind("v type=agency-id", id.strip().equals(id) ? id : id + "x y")))
                .isEqualTo("queries.error.id");
    }

    @Test
    void refusesValuesOfTheWrongShape() {
        assertThat(refusal(() -> bind("v type=date", "28/11/2026"))).isEqualTo("queries.error.date");
        assertThat(refusal(() -> bind("v type=date", "2026-02-30"))).isEqualTo("queries.error.date");
        assertThat(refusal(() -> bind("v type=integer min=1 max=10", "11"))).isEqualTo("queries.error.integer");
        assertThat(refusal(() -> bind("v type=integer", "1.5"))).isEqualTo("queries.error.integer");
        assertThat(refusal(() -> bind("v type=iri", "relative/path"))).isEqualTo("queries.error.iri");
        assertThat(refusal(() -> bind("v type=iri", "http://x.org/> } DROP ALL"))).isEqualTo("queries.error.iri");
        assertThat(refusal(() -> bind("v type=choice values=a|b", "c"))).isEqualTo("queries.error.choice");
        assertThat(refusal(() -> bind("v type=string", "x".repeat(201)))).isEqualTo("queries.error.string");
        assertThat(refusal(() -> bind("v type=agency-id", "unknown"))).isEqualTo("queries.error.noAgency");
        assertThat(refusal(() -> bind("v type=database-id", "unknown"))).isEqualTo("queries.error.noDatabase");
        assertThat(refusal(() -> bind("v type=concept scheme=sector", "unknown"))).isEqualTo("queries.error.concept");
        assertThat(refusal(() -> bind("v type=date", null))).isEqualTo("queries.error.missing");
    }

    @Test
    void refusesUnknownAndRepeatedParametersButNotTheResponseOnes() {
        NamedQuery q = query("v type=integer required=false");
        assertThat(refusal(() -> binder.bind(q, Map.of("w", new String[] {"1"})))).isEqualTo("queries.error.unknownParameter");
        assertThat(refusal(() -> binder.bind(q, Map.of("v", new String[] {"1", "2"})))).isEqualTo("queries.error.repeated");
        assertThat(binder.bind(q, Map.of("format", new String[] {"csv"}, "lang", new String[] {"en"}, "_", new String[] {"1"}))
                .binding().isEmpty()).isTrue();
    }

    @Test
    void refusalsAreWordedInBothLanguages() {
        Properties vi = new Properties();
        Properties en = new Properties();
        try (var a = getClass().getResourceAsStream("/messages.properties");
             var b = getClass().getResourceAsStream("/messages_en.properties")) {
            vi.load(new InputStreamReader(a, StandardCharsets.UTF_8));
            en.load(new InputStreamReader(b, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String key : List.of("unknown", "missing", "repeated", "unknownParameter", "date", "integer", "id",
                "noAgency", "noDatabase", "concept", "iri", "choice", "string", "format", "listFormat")) {
            assertThat(vi.getProperty("queries.error." + key)).as("vi " + key).isNotBlank();
            assertThat(en.getProperty("queries.error." + key)).as("en " + key).isNotBlank()
                    .isNotEqualTo(vi.getProperty("queries.error." + key));
        }
        assertThat(vi.stringPropertyNames().stream().filter(k -> k.startsWith("queries.")).sorted().toList())
                .isEqualTo(en.stringPropertyNames().stream().filter(k -> k.startsWith("queries.")).sorted().toList());
    }
}
