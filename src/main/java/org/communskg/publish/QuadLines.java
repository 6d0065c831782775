package org.communskg.publish;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.Quad;

/** One quad or triple as one canonical N-Quads / N-Triples line (without the newline). */
final class QuadLines {
    private QuadLines() {
    }

    static String quad(Quad q) {
        if (q.isDefaultGraph()) {
            return triple(q);
        }
        return term(q.getSubject()) + ' ' + term(q.getPredicate()) + ' ' + term(q.getObject()) + ' '
                + term(q.getGraph()) + " .";
    }

    static String triple(Quad q) {
        return term(q.getSubject()) + ' ' + term(q.getPredicate()) + ' ' + term(q.getObject()) + " .";
    }

    /**
     * The quad line behind a sort key that puts graph first, then subject: the order TriG and
     * JSON-LD want, so each graph and each subject come in one run.
     */
    static String graphFirst(Quad q) {
        String graph = q.isDefaultGraph() ? "" : term(q.getGraph());
        return graph + '\t' + quad(q);
    }

    /** The quad line of a {@link #graphFirst} key; a tab never occurs in an IRI term. */
    static String stripKey(String keyed) {
        return keyed.substring(keyed.indexOf('\t') + 1);
    }

    private static String term(Node n) {
        return NodeFmtLib.strNT(n);
    }
}
