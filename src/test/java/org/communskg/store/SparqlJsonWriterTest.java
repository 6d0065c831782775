package org.communskg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.resultset.ResultSetCompare;
import org.apache.jena.sparql.resultset.ResultsReader;
import org.junit.jupiter.api.Test;

/** Our SPARQL JSON writer reads back, through Jena's own parser, as the rows it was given. */
class SparqlJsonWriterTest {
    static final Var S = Var.alloc("s");
    static final Var O = Var.alloc("o");
    static final Var NEVER = Var.alloc("never");

    @Test
    void every_kind_of_term_and_awkward_text_reads_back_as_written() {
        Node b1 = NodeFactory.createBlankNode();
        List<Binding> rows = List.of(
                row(uri("http://ex.org/é?q=\"x\"&y=\\"), lit("plain")),
                row(uri("http://ex.org/2"), NodeFactory.createLiteralLang("l’été \"cité\"\n\t\\ 😀", "fr")),
                row(b1, NodeFactory.createLiteralDT("42", XSDDatatype.XSDinteger)),
                row(b1, NodeFactory.createLiteralDT("\u0000\u0001\u001f\u007f\u2028", XSDDatatype.XSDstring)),
                row(NodeFactory.createBlankNode(), NodeFactory.createTripleTerm(uri("http://ex.org/s"), uri("http://ex.org/p"),
                        NodeFactory.createLiteralDT("1.5", XSDDatatype.XSDdecimal))),
                row(uri("http://ex.org/only-s"), null));
        assertThat(roundTrip(rows)).isTrue();
    }

    @Test
    void blank_nodes_keep_their_identity_across_rows() {
        Node b1 = NodeFactory.createBlankNode();
        Node b2 = NodeFactory.createBlankNode();
        ResultSet back = read(write(rowSet(List.of(row(b1, b2), row(b2, b1)))));
        Binding first = back.nextBinding();
        Binding second = back.nextBinding();
        assertThat(first.get(S)).isEqualTo(second.get(O)).isNotEqualTo(first.get(O));
    }

    @Test
    void random_strings_of_every_unicode_plane_read_back() {
        SplittableRandom random = new SplittableRandom(7);
        List<Binding> rows = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            rows.add(row(uri("http://ex.org/" + i), lit(randomText(random))));
        }
        assertThat(roundTrip(rows)).isTrue();
    }

    @Test
    void the_output_is_compact_json_with_the_variables_in_order_even_without_rows() {
        String text = new String(write(rowSet(List.of())), StandardCharsets.UTF_8);
        assertThat(text).isEqualTo("{\"head\":{\"vars\":[\"s\",\"o\",\"never\"]},\"results\":{\"bindings\":[]}}\n");
        JsonObject parsed = JSON.parse(text);
        assertThat(parsed.get("head").getAsObject().get("vars").getAsArray().size()).isEqualTo(3);
    }

    @Test
    void an_answer_larger_than_the_buffer_is_written_whole() {
        List<Binding> rows = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            rows.add(row(uri("http://ex.org/entity/" + i), lit("une valeur assez longue pour dépasser le tampon " + i)));
        }
        byte[] bytes = write(rowSet(rows));
        assertThat(bytes.length).isGreaterThan(SparqlJsonWriter.BUFFER * 3);
        assertThat(roundTrip(rows)).isTrue();
    }

    private static boolean roundTrip(List<Binding> rows) {
        ResultSetRewindable expected = rowSet(rows);
        ResultSetRewindable back = read(write(expected)).rewindable();
        expected.reset();
        return ResultSetCompare.equalsByTerm(expected, back) && back.getResultVars().equals(List.of("s", "o", "never"));
    }

    private static String randomText(SplittableRandom random) {
        StringBuilder sb = new StringBuilder();
        int n = random.nextInt(0, 12);
        for (int i = 0; i < n; i++) {
            int kind = random.nextInt(5);
            int cp = switch (kind) {
                case 0 -> random.nextInt(0, 0x80);          // ASCII, controls and quotes included
                case 1 -> random.nextInt(0x80, 0x800);      // two bytes
                case 2 -> random.nextInt(0x800, 0xD800);    // three bytes
                case 3 -> random.nextInt(0xE000, 0x10000);  // three bytes, above the surrogates
                default -> random.nextInt(0x10000, 0x110000); // four bytes, a surrogate pair in Java
            };
            sb.appendCodePoint(cp);
        }
        return sb.toString();
    }

    private static byte[] write(ResultSet rs) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SparqlJsonWriter.write(rs, out);
        return out.toByteArray();
    }

    private static ResultSet read(byte[] bytes) {
        return ResultsReader.create().lang(ResultSetLang.RS_JSON).build().read(new ByteArrayInputStream(bytes));
    }

    private static ResultSetRewindable rowSet(List<Binding> rows) {
        return ResultSet.adapt(RowSet.create(org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper.create(rows.iterator()), List.of(S, O, NEVER))).rewindable();
    }

    private static Binding row(Node s, Node o) {
        BindingBuilder b = BindingBuilder.create().add(S, s);
        if (o != null) {
            b.add(O, o);
        }
        return b.build();
    }

    private static Node uri(String s) {
        return NodeFactory.createURI(s);
    }

    private static Node lit(String s) {
        return NodeFactory.createLiteralString(s);
    }
}
