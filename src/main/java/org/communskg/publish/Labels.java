package org.communskg.publish;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;

/**
 * Chooses among labels: French first, then English, then untagged names (persons' and
 * organizations' names carry no language), then any other language.
 *
 * <pre>{@code
 * String name = Labels.best(List.of(literal("ESS"@en), literal("ESS"@fr)));   // the French one
 * }</pre>
 */
public final class Labels {
    /** Orders literals by language preference; ties keep their order. */
    public static final Comparator<Node> BY_LANGUAGE = Comparator.comparingInt(Labels::rank);

    private Labels() {
    }

    static int rank(Node literal) {
        String lang = literal.isLiteral() ? literal.getLiteralLanguage().toLowerCase(java.util.Locale.ROOT) : "";
        if (lang.equals("fr") || lang.startsWith("fr-")) {
            return 0;
        }
        if (lang.equals("en") || lang.startsWith("en-")) {
            return 1;
        }
        return lang.isEmpty() ? 2 : 3;
    }

    /** The preferred label's text, or null when there is none. */
    public static String best(List<Node> literals) {
        return literals.stream().filter(Node::isLiteral).min(BY_LANGUAGE).map(Node::getLiteralLexicalForm).orElse(null);
    }

    /** Collects label candidates per resource from query rows, then keeps the best for each. */
    public static Map<Node, String> bestPerResource(List<Map<String, Node>> rows, String resourceVar, String labelVar) {
        Map<Node, List<Node>> candidates = new LinkedHashMap<>();
        for (Map<String, Node> row : rows) {
            Node r = row.get(resourceVar);
            Node l = row.get(labelVar);
            if (r != null && l != null) {
                candidates.computeIfAbsent(r, k -> new java.util.ArrayList<>()).add(l);
            }
        }
        Map<Node, String> out = new LinkedHashMap<>();
        candidates.forEach((r, ls) -> out.put(r, best(ls)));
        return out;
    }
}
