package org.communskg.web;

import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.graph.GraphFactory;
import org.communskg.model.Vocab;
import org.communskg.store.Formats;

/** The SPARQL 1.1 Service Description of the endpoint. */
final class ServiceDescription {
    static final String SD = "http://www.w3.org/ns/sparql-service-description#";

    private static final Map<Lang, String> W3C_FORMATS = Map.of(
            ResultSetLang.RS_JSON, "SPARQL_Results_JSON", ResultSetLang.RS_XML, "SPARQL_Results_XML",
            ResultSetLang.RS_CSV, "SPARQL_Results_CSV", ResultSetLang.RS_TSV, "SPARQL_Results_TSV",
            Lang.TURTLE, "Turtle", Lang.JSONLD, "JSON-LD", Lang.RDFXML, "RDF_XML", Lang.NTRIPLES, "N-Triples");

    private ServiceDescription() {
    }

    static Graph of(String endpointUrl) {
        Graph g = GraphFactory.createDefaultGraph();
        g.getPrefixMapping().setNsPrefix("sd", SD);
        Node service = NodeFactory.createURI(endpointUrl);
        g.add(service, Vocab.TYPE, sd("Service"));
        g.add(service, sd("endpoint"), service);
        g.add(service, sd("supportedLanguage"), sd("SPARQL11Query"));
        g.add(service, sd("feature"), sd("UnionDefaultGraph"));
        Formats.RESULT_SETS.forEach(l -> g.add(service, sd("resultFormat"), format(l)));
        Formats.GRAPHS.forEach(l -> g.add(service, sd("resultFormat"), format(l)));
        return g;
    }

    private static Node sd(String local) {
        return NodeFactory.createURI(SD + local);
    }

    /** The W3C format IRIs (http://www.w3.org/ns/formats/) for the formats offered. */
    private static Node format(Lang lang) {
        return NodeFactory.createURI("http://www.w3.org/ns/formats/" + W3C_FORMATS.get(lang));
    }
}
