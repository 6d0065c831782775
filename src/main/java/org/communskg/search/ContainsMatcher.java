package org.communskg.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.communskg.publish.Queries;
import org.communskg.store.GraphStore;
import org.communskg.store.text.TextIndexes;

/**
 * The fallback for a store without our text index (a remote Fuseki): plain SPARQL, every typed
 * word contained in the same literal, after folding case and the common French accents on both
 * sides. Elisions are dropped from the typed words and a final plural {@code s} is cut, so
 * {@code l'éducation} and {@code communs} still match; there is no stemming and no relevance score
 * (every match scores 1, so the ranking rests on which property matched).
 */
final class ContainsMatcher implements Matcher {
    private final GraphStore store;

    ContainsMatcher(GraphStore store) {
        this.store = store;
    }

    @Override
    public List<Match> matches(String words, int max) {
        List<String> terms = terms(words);
        if (terms.isEmpty()) {
            return List.of();
        }
        String filters = terms.stream().map(t -> "CONTAINS(?folded, " + TextMatcher.literal(t) + ")")
                .collect(Collectors.joining(" && "));
        String predicates = java.util.stream.Stream.concat(TextIndexes.NAMES.stream(), TextIndexes.TEXTS.stream())
                .map(p -> "<" + p.getURI() + ">").collect(Collectors.joining(" "));
        String q = "SELECT ?s ?lit ?prop ?type WHERE {\n"
                + "  VALUES ?prop { " + predicates + " }\n  VALUES ?type { " + Kind.typeValues() + "}\n"
                + "  ?s ?prop ?lit ; a ?type .\n"
                + "  BIND(" + folded("LCASE(STR(?lit))") + " AS ?folded)\n"
                + "  FILTER(" + filters + ")\n} LIMIT " + max;
        List<Match> out = new ArrayList<>();
        for (Map<String, Node> row : Queries.select(store, Queries.template(q))) {
            out.add(new Match(row.get("s"), Kind.of(List.of(row.get("type"))), row.get("prop"),
                    row.get("lit").getLiteralLexicalForm(), 1));
        }
        return out;
    }

    /** The typed words, folded, without elisions, a final plural s cut from the longer ones. */
    static List<String> terms(String words) {
        return Arrays.stream(Folding.fold(words).split("[^\\p{L}\\p{N}']+"))
                .map(w -> w.replaceFirst("^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu)'", "").replace("'", ""))
                .map(w -> w.length() > 3 && w.endsWith("s") ? w.substring(0, w.length() - 1) : w)
                .filter(w -> !w.isEmpty()).toList();
    }

    /** Folds the common French accents of a SPARQL string expression, in standard SPARQL 1.1. */
    private static String folded(String expr) {
        String[][] pairs = {{"[àâä]", "a"}, {"[éèêë]", "e"}, {"[îï]", "i"}, {"[ôö]", "o"}, {"[ùûü]", "u"}, {"ç", "c"},
                {"[œ]", "oe"}};
        String out = expr;
        for (String[] p : pairs) {
            out = "REPLACE(" + out + ", \"" + p[0] + "\", \"" + p[1] + "\")";
        }
        return out;
    }
}
