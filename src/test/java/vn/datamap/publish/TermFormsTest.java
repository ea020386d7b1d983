package vn.datamap.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.io.StringWriterI;
import org.apache.jena.atlas.lib.CharSpace;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.out.NodeFormatter;
import org.apache.jena.riot.out.NodeFormatterNT;
import org.apache.jena.riot.out.NodeFormatterTTL;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every term's kept form is what RIOT's formatter writes, and its width is the characters RIOT
 * counts: strings written directly (no character needing an escape) as well as those RIOT
 * formats, across every character of the basic plane, in N-Triples and in Turtle.
 */
class TermFormsTest {

    @Test
    void aNewFormatterForgetsTheFormsKeptForTheSameNodeInstances() {
        Node iri = NodeFactory.createURI("http://example.org/x");
        Node literal = NodeFactory.createLiteralDT("x", TypeMapper.getInstance().getSafeTypeByName("http://example.org/dt"));
        PrefixMap prefixes = PrefixMapFactory.create();
        TermForms forms = new TermForms(new NodeFormatterTTL(null, prefixes));
        assertThat(forms.of(iri).bytes()).asString(StandardCharsets.UTF_8).isEqualTo("<http://example.org/x>");
        assertThat(forms.of(literal).bytes()).asString(StandardCharsets.UTF_8).isEqualTo("\"x\"^^<http://example.org/dt>");
        prefixes.add("ex", "http://example.org/");
        forms.formatWith(new NodeFormatterTTL(null, prefixes));
        assertThat(forms.of(iri).bytes()).asString(StandardCharsets.UTF_8).isEqualTo("ex:x");
        assertThat(forms.of(literal).bytes()).asString(StandardCharsets.UTF_8).isEqualTo("\"x\"^^ex:dt");
        assertThat(forms.of(iri).width()).isEqualTo("ex:x".length());
    }

    @ParameterizedTest
    @ValueSource(strings = {"nt", "ttl"})
    void everyCharacterInEveryKindOfStringIsFormattedAsRiotFormatsIt(String syntax) {
        List<Node> nodes = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        for (char c = 0; c < 0xFFFF; c++) {
            if (!Character.isSurrogate(c)) {
                // Each character alone, and in runs long enough to pass the kept-literal limit.
                String alone = "a" + c + "b";
                nodes.add(NodeFactory.createLiteralString(alone));
                nodes.add(NodeFactory.createLiteralLang(alone, "vi"));
                run.append(c);
                if (run.length() == 100) {
                    nodes.add(NodeFactory.createLiteralString(run.toString()));
                    nodes.add(NodeFactory.createLiteralLang(run.toString(), "en-GB"));
                    run.setLength(0);
                }
            }
        }
        String[] odd = {"𝔘𝔫𝔦𝔠𝔬𝔡𝔢 😀", "lone \uD800 surrogate", "", "Cơ sở dữ liệu quốc gia về dân cư", "tab\there", "del\u007F"};
        for (String text : odd) {
            nodes.add(NodeFactory.createLiteralString(text));
            nodes.add(NodeFactory.createLiteralLang(text, "zh-Hant-TW"));
            nodes.add(NodeFactory.createLiteralDirLang(text, "ar", "rtl"));
            nodes.add(NodeFactory.createLiteralDT(text, XSDDatatype.XSDnormalizedString));
        }
        nodes.add(NodeFactory.createLiteralDT("12", XSDDatatype.XSDinteger));
        nodes.add(NodeFactory.createURI("http://example.org/dataset/cơ-sở"));
        nodes.add(NodeFactory.createBlankNode("b1"));

        NodeFormatter riot = syntax.equals("nt") ? new NodeFormatterNT(CharSpace.UTF8)
                : new NodeFormatterTTL(null, PrefixMapFactory.create());
        TermForms forms = new TermForms(riot);
        for (Node node : nodes) {
            StringWriterI expected = new StringWriterI();
            riot.format(expected, node);
            TermForms.Form form = forms.of(node);
            // As RIOT's writers encode it, an unpaired surrogate included.
            assertThat(form.bytes()).as("%s", node).isEqualTo(expected.toString().getBytes(StandardCharsets.UTF_8));
            assertThat(form.width()).as("%s", node).isEqualTo(expected.toString().length());
        }
    }
}
