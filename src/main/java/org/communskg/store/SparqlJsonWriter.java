package org.communskg.store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * SPARQL 1.1 Query Results JSON, written as UTF-8 bytes straight into a large buffer: compact (no
 * indentation), one pass over the rows, no intermediate strings per row. The endpoint's answers
 * of thousands of rows spend most of their time here, so it does less than Jena's general writer:
 * no pretty-printing, no per-row {@code Writer} calls. Blank nodes get labels {@code b0},
 * {@code b1}... stable within one answer; RDF 1.2 triple terms are written as {@code "triple"}.
 *
 * <pre>{@code
 * store.query(query, qe -> { SparqlJsonWriter.write(qe.execSelect(), out); return null; });
 * }</pre>
 */
public final class SparqlJsonWriter {
    /** Bytes gathered before each write to the stream: a few hundred rows of a typical answer. */
    static final int BUFFER = 1 << 16;
    private static final byte[] HEX = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final String XSD_STRING = XSDDatatype.XSDstring.getURI();

    private final OutputStream out;
    private final byte[] buf = new byte[BUFFER];
    private int pos;
    private final Map<Object, String> blankLabels = new HashMap<>();

    private SparqlJsonWriter(OutputStream out) {
        this.out = out;
    }

    /** Writes every row of {@code results} to {@code out}, then flushes it (the stream stays open). */
    public static void write(ResultSet results, OutputStream out) {
        new SparqlJsonWriter(out).rows(results);
    }

    private void rows(ResultSet results) {
        List<Var> vars = Var.varList(results.getResultVars());
        ascii("{\"head\":{\"vars\":[");
        for (int i = 0; i < vars.size(); i++) {
            ascii(i == 0 ? "\"" : ",\"");
            text(vars.get(i).getVarName());
            ascii("\"");
        }
        ascii("]},\"results\":{\"bindings\":[");
        boolean first = true;
        while (results.hasNext()) {
            Binding row = results.nextBinding();
            ascii(first ? "{" : ",{");
            first = false;
            boolean firstVar = true;
            for (Var v : vars) {
                Node n = row.get(v);
                if (n != null) {
                    ascii(firstVar ? "\"" : ",\"");
                    firstVar = false;
                    text(v.getVarName());
                    ascii("\":");
                    term(n);
                }
            }
            ascii("}");
        }
        ascii("]}}\n");
        flush();
    }

    private void term(Node n) {
        if (n.isURI()) {
            ascii("{\"type\":\"uri\",\"value\":\"");
            text(n.getURI());
            ascii("\"}");
        } else if (n.isBlank()) {
            ascii("{\"type\":\"bnode\",\"value\":\"");
            ascii(blankLabels.computeIfAbsent(n.getBlankNodeLabel(), k -> "b" + blankLabels.size()));
            ascii("\"}");
        } else if (n.isLiteral()) {
            ascii("{\"type\":\"literal\",\"value\":\"");
            text(n.getLiteralLexicalForm());
            String lang = n.getLiteralLanguage();
            if (lang != null && !lang.isEmpty()) {
                ascii("\",\"xml:lang\":\"");
                text(lang);
            } else if (!XSD_STRING.equals(n.getLiteralDatatypeURI())) {
                ascii("\",\"datatype\":\"");
                text(n.getLiteralDatatypeURI());
            }
            ascii("\"}");
        } else if (n.isTripleTerm()) {
            Triple t = n.getTriple();
            ascii("{\"type\":\"triple\",\"value\":{\"subject\":");
            term(t.getSubject());
            ascii(",\"predicate\":");
            term(t.getPredicate());
            ascii(",\"object\":");
            term(t.getObject());
            ascii("}}");
        } else {
            throw new IllegalArgumentException("Not an RDF term in a result row: " + n);
        }
    }

    /** Characters known to need no escaping (the fixed parts of the format). */
    private void ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            put(s.charAt(i));
        }
    }

    /** A JSON string's content: escaped as RFC 8259 asks, the rest as UTF-8. */
    private void text(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x80) {
                if (c == '"' || c == '\\') {
                    put('\\');
                }
                put(c);
            } else if (c < 0x20) {
                escape(c);
            } else if (c < 0x800) {
                put(0xC0 | c >> 6);
                put(0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                put(0xF0 | cp >> 18);
                put(0x80 | cp >> 12 & 0x3F);
                put(0x80 | cp >> 6 & 0x3F);
                put(0x80 | cp & 0x3F);
            } else if (Character.isSurrogate(c)) {
                escape(c); // a lone surrogate has no UTF-8 form; JSON's \\u escape keeps it
            } else {
                put(0xE0 | c >> 12);
                put(0x80 | c >> 6 & 0x3F);
                put(0x80 | c & 0x3F);
            }
        }
    }

    private void escape(char c) {
        switch (c) {
            case '\n' -> ascii("\\n");
            case '\r' -> ascii("\\r");
            case '\t' -> ascii("\\t");
            default -> {
                ascii("\\u");
                put(HEX[c >> 12 & 0xF]);
                put(HEX[c >> 8 & 0xF]);
                put(HEX[c >> 4 & 0xF]);
                put(HEX[c & 0xF]);
            }
        }
    }

    private void put(int b) {
        if (pos == buf.length) {
            drain();
        }
        buf[pos++] = (byte) b;
    }

    private void drain() {
        try {
            out.write(buf, 0, pos);
            pos = 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void flush() {
        drain();
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
