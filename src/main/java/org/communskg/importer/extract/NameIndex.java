package org.communskg.importer.extract;

import java.util.ArrayList;
import java.util.List;
import org.communskg.importer.extract.text.Fold;
import org.communskg.importer.extract.text.Lexicon;
import org.communskg.importer.extract.text.Token;
import org.communskg.importer.extract.text.Tokenizer;

/**
 * Known organization labels (those already registered in the article, and the authority's),
 * matched token by token so "Wikimédia France" or "INJEP" is found wherever it occurs.
 */
final class NameIndex {
    private record Label(List<String> words, String form, Authority.Org org) {
    }

    private final OrgRegistry reg;
    private final List<Label> authorityLabels = new ArrayList<>();
    private java.util.Map<String, List<Label>> byFirstWord = java.util.Map.of();
    private int indexedVersion = -1;

    NameIndex(OrgRegistry reg, Authority authority) {
        this.reg = reg;
        for (Authority.Org o : authority.organizations()) {
            for (String l : o.labels()) {
                List<String> w = words(l);
                // A one-word name that is also a common word ("April") is too ambiguous to spot alone.
                if (w.size() > 1 || !Lexicon.get().isCommonWord(l)) {
                    authorityLabels.add(new Label(w, l, o));
                }
                if (w.size() > 1 && (w.get(0).equals("le"))) {
                    // "du Monde", "au Monde": the article merges with the preposition.
                    authorityLabels.add(new Label(concat("du", w.subList(1, w.size())), null, o));
                    authorityLabels.add(new Label(concat("au", w.subList(1, w.size())), null, o));
                }
            }
        }
    }

    /** End (exclusive) of the longest known label starting at token i, or -1. */
    int knownEnd(Sent s, int i) {
        Label best = longest(s, i);
        if (best == null) {
            return -1;
        }
        int end = i + best.words().size();
        return isBranch(s, best, end) ? end + 1 : end;
    }

    /** "Emmaüs Connect Bretagne": a curated name and a region or town is its local branch, another organization. */
    private static boolean isBranch(Sent s, Label l, int end) {
        Token next = s.tok(end);
        return l.org() != null && l.org().acronym() == null && next.isCapitalized() && Lexicon.get().isPlace(next.text())
                && !Lexicon.get().isPlace(l.words().get(l.words().size() - 1));
    }

    /** The entry for the known label at [i, end). */
    OrgRegistry.Entry entryAt(Sent s, int i, int end) {
        Label l = longest(s, i);
        String surface = s.span(i, end);
        if (l != null && l.org() != null && end == i + l.words().size()) {
            OrgRegistry.Entry e = reg.register(l.org().name(), l.org().acronym(), s.text, 0.9);
            reg.alias(e, surface);
            return e;
        }
        return reg.register(surface, null, s.text, 0.85);
    }

    private Label longest(Sent s, int i) {
        Token first = s.tok(i);
        if (!first.isWord() && !first.isElision()) {
            return null;
        }
        Label best = null;
        for (Label l : candidates(first.folded())) {
            int n = l.words().size();
            if ((best == null || n > best.words().size()) && matches(s, i, l) && nameCapitalized(s, i, n)) {
                best = l;
            }
        }
        return best;
    }

    /** The first word after any article is capitalised: "Le Monde" but not "le monde". */
    private static boolean nameCapitalized(Sent s, int i, int n) {
        for (int k = i; k < i + n; k++) {
            if (!s.tok(k).is("le", "la", "les", "l'", "du", "au", "the")) {
                return s.tok(k).isCapitalized() || s.tok(k).isAcronymLike() || s.tok(k).text().matches(".*\\d.*");
            }
        }
        return false;
    }

    /** Labels whose first word is w; the index is rebuilt only when the registry has changed. */
    private List<Label> candidates(String w) {
        if (indexedVersion != reg.version()) {
            java.util.Map<String, List<Label>> index = new java.util.HashMap<>();
            for (Label l : allLabels()) {
                if (!l.words().isEmpty()) {
                    index.computeIfAbsent(l.words().get(0), k -> new ArrayList<>()).add(l);
                }
            }
            byFirstWord = index;
            indexedVersion = reg.version();
        }
        return byFirstWord.getOrDefault(w, List.of());
    }

    private List<Label> allLabels() {
        List<Label> all = new ArrayList<>(authorityLabels);
        for (OrgRegistry.Entry e : reg.entries()) {
            all.add(new Label(words(e.name), e.name, null));
            if (e.acronym != null) {
                all.add(new Label(List.of(e.acronym), e.acronym, null));
            }
            // "Le Conseil" forms are publisher aliases, marked with their own context check.
            e.forms.stream().filter(f -> !f.matches("(?iu)(le|la|l['’]) ?\\p{Lu}\\S*"))
                    .forEach(f -> all.add(new Label(words(f), f, null)));
        }
        return all;
    }

    private static boolean matches(Sent s, int i, Label l) {
        for (int k = 0; k < l.words().size(); k++) {
            Token t = s.tok(i + k);
            boolean acronym = l.words().size() == 1 && l.form() != null && l.form().length() <= 8
                    && l.form().equals(l.form().toUpperCase(java.util.Locale.ROOT));
            if (acronym ? !t.text().equals(l.form()) : !t.folded().equals(l.words().get(k))) {
                return false;
            }
        }
        return true;
    }

    private static final java.util.Map<String, List<String>> WORDS = new java.util.concurrent.ConcurrentHashMap<>();

    /** Folded words of a label, memoized: the same labels are re-indexed as the registry grows. */
    private static List<String> words(String label) {
        return WORDS.computeIfAbsent(label, l -> Tokenizer.tokens(l).stream().map(Token::folded).toList());
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> l = new ArrayList<>();
        l.add(first);
        l.addAll(rest);
        return l;
    }
}
