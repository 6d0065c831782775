package org.communskg.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.communskg.publish.Queries;
import org.communskg.store.GraphStore;

/**
 * Matches through jena-text's {@code text:query} on the store's Lucene index, with the index's
 * scores and the matched words highlighted. What a reader types is taken as words, never as Lucene
 * syntax: it is lower-cased (so {@code AND}, {@code OR} are words) and escaped.
 */
final class TextMatcher implements Matcher {
    private static final String HIGHLIGHT = "highlight:s:" + SearchHit.MARK_START + " | e:" + SearchHit.MARK_END;
    private final GraphStore store;

    TextMatcher(GraphStore store) {
        this.store = store;
    }

    @Override
    public List<Match> matches(String words, int max) {
        String lucene = QueryParser.escape(words.toLowerCase(Locale.ROOT));
        String q = "PREFIX text: <http://jena.apache.org/text#>\n"
                + "SELECT ?s ?score ?lit ?prop ?type WHERE {\n"
                + "  (?s ?score ?lit ?g ?prop) text:query (" + literal(lucene) + " " + max + " "
                + literal(HIGHLIGHT) + ") .\n"
                + "  ?s a ?type . VALUES ?type { " + Kind.typeValues() + "}\n}";
        List<Match> out = new ArrayList<>();
        for (Map<String, Node> row : Queries.select(store, Queries.template(q))) {
            Kind kind = Kind.of(List.of(row.get("type")));
            out.add(new Match(row.get("s"), kind, row.get("prop"), row.get("lit").getLiteralLexicalForm(),
                    ((Number) row.get("score").getLiteralValue()).doubleValue()));
        }
        return out;
    }

    static String literal(String s) {
        return "\"" + FmtUtils.stringEsc(s, true) + "\"";
    }
}
