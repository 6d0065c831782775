package org.communskg.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Objects;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;

/**
 * Flat JSON-LD, written as quads stream in: one node object per run of quads with the same
 * graph and subject, inside one graph object per run of the same graph. Nothing is held but the
 * current graph, subject and predicate, so memory stays flat; the input must come grouped by
 * graph, then subject, then predicate (the order of {@link SortedDump}'s graph-first sort).
 * Absolute IRIs as keys and no {@code @context}: any JSON-LD processor reads it the same way.
 *
 * <pre>{@code
 * StreamRDF out = new JsonLdStream(writer);
 * out.start(); quads.forEach(out::quad); out.finish();
 * }</pre>
 */
final class JsonLdStream extends StreamRDFBase {
    private final Writer out;
    private Node graph;
    private Node subject;
    private Node predicate;
    private boolean started;
    private boolean firstGraph = true;
    private boolean firstNode = true;

    JsonLdStream(Writer out) {
        this.out = out;
    }

    @Override
    public void start() {
        emit("{\"@graph\":[");
    }

    @Override
    public void triple(Triple t) {
        quad(Quad.create(Quad.defaultGraphIRI, t));
    }

    @Override
    public void quad(Quad q) {
        Node g = q.isDefaultGraph() ? null : q.getGraph();
        if (!started || !Objects.equals(g, graph)) {
            closeGraph();
            openGraph(g);
        }
        if (!q.getSubject().equals(subject)) {
            closeNode();
            emit(firstNode ? "\n" : ",\n");
            firstNode = false;
            emit("{\"@id\":" + id(q.getSubject()));
            subject = q.getSubject();
        }
        if (q.getPredicate().equals(predicate)) {
            emit(",");
        } else {
            if (predicate != null) {
                emit("]");
            }
            emit("," + string(key(q.getPredicate())) + ":[");
            predicate = q.getPredicate();
        }
        emit(value(q.getObject()));
    }

    @Override
    public void finish() {
        closeGraph();
        emit("\n]}\n");
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void openGraph(Node g) {
        started = true;
        graph = g;
        firstNode = true;
        if (g != null) {
            emit(firstGraph ? "\n" : ",\n");
            emit("{\"@id\":" + id(g) + ",\"@graph\":[");
            firstGraph = false;
        }
    }

    private void closeGraph() {
        closeNode();
        if (graph != null) {
            emit("\n]}");
        } else if (started && !firstNode) {
            // default-graph nodes sit directly in the top-level array
            firstGraph = false;
        }
        graph = null;
        subject = null;
    }

    private void closeNode() {
        if (subject != null) {
            emit("]}");
        }
        subject = null;
        predicate = null;
    }

    private static String key(Node p) {
        return p.getURI();
    }

    private static String id(Node n) {
        return string(n.isBlank() ? "_:b" + n.getBlankNodeLabel().replaceAll("[^A-Za-z0-9]", "") : n.getURI());
    }

    private static String value(Node o) {
        if (!o.isLiteral()) {
            return "{\"@id\":" + id(o) + "}";
        }
        String v = "{\"@value\":" + string(o.getLiteralLexicalForm());
        String lang = o.getLiteralLanguage();
        if (lang != null && !lang.isEmpty()) {
            return v + ",\"@language\":" + string(lang) + "}";
        }
        String dt = o.getLiteralDatatypeURI();
        return XSDDatatype.XSDstring.getURI().equals(dt) ? v + "}" : v + ",\"@type\":" + string(dt) + "}";
    }

    static String string(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    private void emit(String s) {
        try {
            out.write(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
