package org.communskg.importer.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.communskg.importer.extract.text.Fold;
import org.communskg.importer.extract.text.Lexicon;
import org.communskg.importer.extract.text.Token;
import org.communskg.importer.extract.text.Tokenizer;

/** Recognises role nouns ("directrice générale", "chargée de mission", "policy officer") in tokens. */
final class RoleLexicon {
    private static final Set<String> MODIFIERS = Set.of("ancien", "ancienne", "actuel", "actuelle", "nouveau",
            "nouvelle", "futur", "future", "premier", "premiere", "former", "current", "also", "egalement", "aussi",
            "desormais", "aujourd'hui", "co", "sous", "a", "an", "the", "un", "une", "core", "senior", "junior", "chief",
            "principal", "deputy", "interim", "acting", "founding");

    private final List<List<String>> forms = new ArrayList<>();

    RoleLexicon() {
        for (String f : Lexicon.get().roleForms()) {
            forms.add(Tokenizer.tokens(f).stream().map(t -> Fold.fold(t.text())).toList());
        }
    }

    /** End (exclusive) of the role noun starting at j (after modifiers), or -1 when none starts there. */
    int roleEnd(Sent s, int j) {
        int k = j;
        while (MODIFIERS.contains(s.tok(k).folded())) {
            k++;
        }
        for (List<String> f : forms) {
            if (matches(s, k, f)) {
                return k + f.size();
            }
        }
        String f = s.tok(k).folded();
        if (f.endsWith("s") && f.length() > 4 && Lexicon.get().roleKind(f.substring(0, f.length() - 1)) != null) {
            return k + 1; // "ses membres", "les cofondateurs"
        }
        if (s.english && isDomainWord(s, k)) {
            return roleEnd(s, k + 1); // "policy lead", "community manager"
        }
        return prefixed(s, k) != null ? k + 1 : -1;
    }

    /** A lower-case English noun modifying the role noun after it. */
    private boolean isDomainWord(Sent s, int k) {
        Token t = s.tok(k);
        // "described how volunteers ...": a past tense or a clause word starts a predicate, not a title.
        // "X, Communications Lead": a title in capitals right after the name's comma.
        // "X, Europe Programmes Lead": up to two capitalised words before the title noun.
        boolean titleCase = t.isCapitalized() && s.tok(k + 1).isCapitalized()
                && (s.tok(k - 1).is(",") || s.tok(k - 1).isCapitalized() && s.tok(k - 1).isWord() && s.tok(k - 2).is(","));
        return t.isWord() && (!t.isCapitalized() || titleCase) && t.text().length() > 2 && !MODIFIERS.contains(t.folded())
                && !t.folded().matches(".*ed|how|what|why|when|where|that|which|every|some|many|all")
                && !t.is("and", "of", "for", "at", "with", "the", "who", "was", "has", "from", "said", "becomes", "became",
                        "remains", "takes", "joins", "leads", "heads", "runs", "chairs", "elected", "appointed", "named")
                && s.tok(k + 1).isWord() && (!s.tok(k + 1).isCapitalized() || titleCase) && roleEnd(s, k + 1) > k + 1; // "digital project lead"
    }

    /** "co-présidente", "coprésident", "vice-trésorière", "sous-directrice": a prefix on a known role. */
    private String prefixed(Sent s, int k) {
        String f = s.tok(k).folded();
        for (String p : List.of("co-", "co", "vice-", "sous-", "ex-")) {
            if (f.startsWith(p) && f.length() > p.length() + 3) {
                String kind = Lexicon.get().roleKind(f.substring(p.length()));
                if (kind != null) {
                    return kind;
                }
            }
        }
        return null;
    }

    /** "position", "profession" or "territorial" for the role noun at j. */
    String kind(Sent s, int j) {
        int k = j;
        while (MODIFIERS.contains(s.tok(k).folded())) {
            k++;
        }
        for (List<String> f : forms) {
            if (matches(s, k, f)) {
                return Lexicon.get().roleKind(String.join(" ", f).replace("' ", "'"));
            }
        }
        return prefixed(s, k);
    }

    private static boolean matches(Sent s, int k, List<String> f) {
        for (int i = 0; i < f.size(); i++) {
            if (!s.tok(k + i).folded().equals(f.get(i))) {
                return false;
            }
        }
        // A role noun in capitals at the start of a name ("Directeur Général" in a title) still counts.
        return true;
    }
}
