package org.communskg.store;

import java.io.OutputStream;
import java.util.Iterator;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.graph.GraphFactory;
import org.communskg.model.Vocab;

/**
 * Writes the answer of any query form: SELECT and ASK as SPARQL results, CONSTRUCT and DESCRIBE
 * as RDF (streamed when the format allows).
 *
 * <pre>{@code
 * store.query(query, qe -> { ResultWriter.write(query, qe, lang, System.out); return null; });
 * }</pre>
 */
public final class ResultWriter {
    private ResultWriter() {
    }

    /** The format used for a query when the caller expressed no preference. */
    public static Lang defaultLang(Query query) {
        return returnsGraph(query) ? Lang.TURTLE : Formats.RESULT_SETS.get(0);
    }

    public static boolean returnsGraph(Query query) {
        return query.isConstructType() || query.isDescribeType();
    }

    public static void write(Query query, QueryExecution qe, Lang lang, OutputStream out) {
        if (query.isSelectType()) {
            write(qe.execSelect(), lang, out);
        } else if (query.isAskType()) {
            ResultsWriter.create().lang(lang).build().write(out, qe.execAsk());
        } else if (query.isConstructType()) {
            writeTriples(qe.execConstructTriples(), lang, out);
        } else if (query.isDescribeType()) {
            writeTriples(qe.execDescribeTriples(), lang, out);
        } else {
            throw new BadQueryException("Unsupported query form: " + query.queryType(), null);
        }
    }

    /** A SELECT answer: JSON by our own byte writer (the endpoint's default, and its hot path), the rest by Jena's. */
    public static void write(ResultSet rows, Lang lang, OutputStream out) {
        if (ResultSetLang.RS_JSON.equals(lang)) {
            SparqlJsonWriter.write(rows, out);
        } else {
            ResultsWriter.create().lang(lang).build().write(out, rows);
        }
    }

    private static void writeTriples(Iterator<Triple> triples, Lang lang, OutputStream out) {
        if (Lang.NTRIPLES.equals(lang) || Lang.TURTLE.equals(lang)) {
            StreamRDF stream = StreamRDFWriter.getWriterStream(out, Formats.dumpFormat(lang));
            stream.start();
            Vocab.prefixes().getNsPrefixMap().forEach(stream::prefix);
            triples.forEachRemaining(stream::triple);
            stream.finish();
            return;
        }
        Graph graph = GraphFactory.createDefaultGraph();
        graph.getPrefixMapping().setNsPrefixes(Vocab.prefixes());
        triples.forEachRemaining(graph::add);
        RDFWriter.source(graph).lang(lang).output(out);
    }
}
