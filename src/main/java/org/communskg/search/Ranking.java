package org.communskg.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.communskg.model.Vocab;

/**
 * Turns the literals that matched into ranked entities. A match counts its relevance score times
 * the weight of its property: a name or an alias ({@value #NAME_WEIGHT}) before an article title
 * ({@value #TITLE_WEIGHT}) before an evidence sentence (1), and twice that when the whole name is
 * what was typed ({@code INJEP} finds the organization before the persons whose sentences name it).
 * An entity ranks by its best match; ties go to the entity with more matches, then by name.
 *
 * <pre>{@code
 * List<SearchHit> hits = Ranking.rank("injep", matches, labels, 20);
 * }</pre>
 */
final class Ranking {
    static final double NAME_WEIGHT = 3;
    static final double TITLE_WEIGHT = 2;
    static final double EXACT_BONUS = 2;

    private Ranking() {
    }

    static List<SearchHit> rank(String query, List<Match> matches, Map<Node, String> labels, int limit) {
        String typed = Folding.fold(query);
        Map<Node, List<Match>> bySubject = new LinkedHashMap<>();
        matches.forEach(m -> bySubject.computeIfAbsent(m.subject(), k -> new ArrayList<>()).add(m));
        List<Scored> scored = new ArrayList<>();
        bySubject.forEach((s, ms) -> {
            Match best = ms.stream().max(Comparator.comparingDouble(m -> weighted(m, typed))).orElseThrow();
            Match shown = ms.stream().filter(m -> !isName(m.predicate()))
                    .max(Comparator.comparingDouble(m -> weighted(m, typed))).orElse(best);
            String label = labels.getOrDefault(s, plain(best.text()));
            scored.add(new Scored(new SearchHit(s, best.kind(), label, shown.text(), weighted(best, typed)), ms.size()));
        });
        scored.sort(Comparator.comparingDouble((Scored x) -> -x.hit.score()).thenComparing(x -> -x.matches)
                .thenComparing(x -> Folding.fold(x.hit.label())));
        return scored.stream().limit(limit).map(Scored::hit).toList();
    }

    static double weighted(Match m, String typed) {
        double w = isName(m.predicate()) ? NAME_WEIGHT : m.predicate().equals(Vocab.SCHEMA_HEADLINE) ? TITLE_WEIGHT : 1;
        boolean exact = isName(m.predicate()) && Folding.fold(plain(m.text())).equals(typed);
        return m.score() * w * (exact ? EXACT_BONUS : 1);
    }

    static boolean isName(Node p) {
        return org.communskg.store.text.TextIndexes.NAMES.contains(p);
    }

    private static String plain(String s) {
        return SearchHit.unmarked(s);
    }

    private record Scored(SearchHit hit, int matches) {
    }
}
