package org.communskg.publish;

import java.io.StringWriter;
import org.apache.jena.atlas.io.AWriter;
import org.apache.jena.atlas.io.IO;
import org.apache.jena.atlas.lib.CharSpace;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFormatter;
import org.apache.jena.riot.out.NodeFormatterNT;
import org.apache.jena.sparql.core.Quad;

/**
 * One quad or triple as one canonical N-Quads / N-Triples line (without the newline), in UTF-8
 * characters as Jena's own N-Quads writer prints them. One buffer is reused for every line, as
 * dumps format millions of them: an instance serves one thread.
 */
final class QuadLines {
    private final StringWriter buffer = new StringWriter(256);
    private final AWriter out = IO.wrap(buffer);
    private final NodeFormatter fmt = new NodeFormatterNT(CharSpace.UTF8);

    String quad(Quad q) {
        return line(q, !q.isDefaultGraph(), "");
    }

    String triple(Quad q) {
        return line(q, false, "");
    }

    /**
     * The quad line behind a sort key that puts graph first, then subject: the order TriG and
     * JSON-LD want, so each graph and each subject come in one run.
     */
    String graphFirst(Quad q) {
        if (q.isDefaultGraph()) {
            return line(q, false, "\t");
        }
        buffer.getBuffer().setLength(0);
        fmt.format(out, q.getGraph());
        out.flush();
        return line(q, true, buffer + "\t");
    }

    /** The quad line of a {@link #graphFirst} key; a tab never occurs in an IRI term. */
    static String stripKey(String keyed) {
        return keyed.substring(keyed.indexOf('\t') + 1);
    }

    private String line(Quad q, boolean withGraph, String prefix) {
        buffer.getBuffer().setLength(0);
        out.write(prefix);
        term(q.getSubject());
        out.write(' ');
        term(q.getPredicate());
        out.write(' ');
        term(q.getObject());
        if (withGraph) {
            out.write(' ');
            term(q.getGraph());
        }
        out.write(" .");
        out.flush();
        return buffer.toString();
    }

    private void term(Node n) {
        fmt.format(out, n);
    }
}
