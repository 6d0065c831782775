package org.communskg.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;

class JsonLdStreamTest {
    static final Node G1 = NodeFactory.createURI("http://kg.test/g1");
    static final Node G2 = NodeFactory.createURI("http://kg.test/g2");
    static final Node S = NodeFactory.createURI("http://kg.test/s");
    static final Node T = NodeFactory.createURI("http://kg.test/t");
    static final Node P = NodeFactory.createURI("http://kg.test/p");
    static final Node Q = NodeFactory.createURI("http://kg.test/q");

    /** The quads, sorted graph first as {@link SortedDump} feeds them. */
    static List<Quad> quads() {
        List<Quad> qs = new ArrayList<>();
        qs.add(Quad.create(Quad.defaultGraphIRI, S, P, NodeFactory.createLiteralString("in the default graph")));
        qs.add(Quad.create(Quad.defaultGraphIRI, T, P, S));
        qs.add(Quad.create(G1, S, P, NodeFactory.createLiteralString("quote \" backslash \\ newline \n tab \t")));
        qs.add(Quad.create(G1, S, P, NodeFactory.createLiteralLang("phrase", "fr")));
        qs.add(Quad.create(G1, S, Q, NodeFactory.createLiteralDT("0.85", XSDDatatype.XSDdecimal)));
        qs.add(Quad.create(G1, T, Q, NodeFactory.createBlankNode("b1")));
        qs.add(Quad.create(G2, S, P, T));
        return qs;
    }

    static String write(List<Quad> quads) {
        StringWriter out = new StringWriter();
        JsonLdStream stream = new JsonLdStream(out);
        stream.start();
        quads.forEach(stream::quad);
        stream.finish();
        return out.toString();
    }

    @Test
    void default_graph_nodes_named_graphs_literals_and_blank_nodes_read_back_the_same() {
        DatasetGraph expected = DatasetGraphFactory.createTxnMem();
        quads().forEach(expected::add);
        DatasetGraph back = DatasetGraphFactory.createTxnMem();
        RDFParser.fromString(write(quads()), Lang.JSONLD).parse(back);
        assertThat(IsoMatcher.isomorphic(expected, back)).isTrue();
    }

    @Test
    void an_empty_dataset_is_an_empty_graph_array() {
        assertThat(write(List.of()).replaceAll("\\s", "")).isEqualTo("{\"@graph\":[]}");
    }
}
