package org.communskg.importer.extract;

import java.util.List;
import org.communskg.importer.extract.text.Chains;
import org.communskg.importer.extract.text.Lexicon;
import org.communskg.importer.extract.text.Token;

/**
 * Acronyms defined in parentheses, both ways: "Social Good Accelerator (SOGA)" and "la FNTL
 * (Fédération nationale des tiers-lieux numériques)". The acronym's letters must follow the
 * initials of the name, unless the name is led or closed by an organization head word. Then the
 * acronym used alone where an organization is expected ("chez Inno3", "la FING").
 */
final class AcronymDefinitions {
    private AcronymDefinitions() {
    }

    /** Registers the names the sentence defines with an acronym. */
    static void define(Sent s, OrgRegistry reg) {
        List<Token> t = s.toks;
        for (int k = 1; k + 2 < t.size(); k++) {
            if (!t.get(k).is("(") || !t.get(k + 1).isAcronymLike()) {
                continue;
            }
            // "(CRESS Normandie)": a regional branch writes its place after the acronym.
            boolean place = !t.get(k + 2).is(")") && Lexicon.get().isPlace(t.get(k + 2).text()) && s.tok(k + 3).is(")");
            if (!t.get(k + 2).is(")") && !place) {
                continue;
            }
            String acr = t.get(k + 1).text();
            int start = definedName(s, k, acr);
            if (start >= 0) {
                reg.register(s.span(start, k), place ? s.span(k + 1, k + 3) : acr, s.text, 0.95);
            }
        }
        for (int k = 0; k + 3 < t.size(); k++) {
            if (t.get(k).isAcronymLike() && t.get(k + 1).is("(") && Chains.isNameWord(t.get(k + 2))) {
                int end = Chains.nameEnd(t, k + 2, 17);
                if (s.tok(end).is(")") && plausible(t, k + 2, end, t.get(k).text())) {
                    reg.register(s.span(k + 2, end), t.get(k).text(), s.text, 0.95);
                }
            }
        }
        for (int k = 1; k + 3 < t.size(); k++) {
            if (t.get(k).is("(")) {
                translation(s, k, reg);
            }
        }
    }

    /**
     * "Ministry of Ecological Transition (Ministère de la Transition écologique)", "French Digital
     * Council (Conseil national du numérique, CNNum)": a name given in another language in
     * parentheses is the same organization. Both names must be led or closed by a head word.
     */
    private static void translation(Sent s, int k, OrgRegistry reg) {
        List<Token> t = s.toks;
        if (!Chains.isNameWord(s.tok(k + 1))) {
            return;
        }
        int end = Chains.nameEnd(t, k + 1, 17);
        String acr = s.tok(end).is(",") && s.tok(end + 1).isAcronymLike() && s.tok(end + 2).is(")") ? s.tok(end + 1).text() : null;
        if (!s.tok(end).is(")") && acr == null || end - (k + 1) < 2 || !headed(t, k + 1, end)) {
            return;
        }
        int start = -1;
        for (int i = k - 2; i >= Math.max(0, k - 16); i--) {
            if (Chains.isNameWord(t.get(i)) && Chains.nameEnd(t, i, 17) == k && headed(t, i, k)) {
                start = i;
                if (Lexicon.get().isPrefixHead(t.get(i).text())) {
                    break; // "France's Ministry of ...": the name starts at its head
                }
            }
        }
        if (start < 0) {
            return;
        }
        OrgRegistry.Entry e = reg.register(s.span(start, k), acr, s.text, 0.9);
        reg.alias(e, s.span(k + 1, end));
    }

    private static boolean headed(List<Token> t, int start, int end) {
        return Lexicon.get().isPrefixHead(t.get(start).text())
                || t.subList(start, end).stream().anyMatch(x -> x.isCapitalized() && Lexicon.get().isSuffixHead(x.text()));
    }

    /**
     * Start of the name an acronym in parentheses at k defines: a name chain ending at k, else the
     * nearest capitalised word from which the acronym's letters follow the initials.
     */
    private static int definedName(Sent s, int k, String acr) {
        List<Token> t = s.toks;
        // Initials that spell the acronym are the best evidence; a head word ("... Institute") the next.
        int start = chainStart(s, k, acr, true);
        if (start >= 0) {
            return start;
        }
        for (int i = k - 1; i >= Math.max(0, k - 12); i--) {
            if (t.get(i).text().matches("\\p{P}+") && !t.get(i).isElision()) {
                break;
            }
            if (Chains.isNameWord(t.get(i)) && strictlyPlausible(t, i, k, acr)) {
                return i;
            }
        }
        return chainStart(s, k, acr, false);
    }

    private static int chainStart(Sent s, int k, String acr, boolean strict) {
        List<Token> t = s.toks;
        for (int start = Math.max(0, k - 16); start < k; start++) {
            if (Chains.isNameWord(t.get(start)) && !Chains.isNameWord(s.tok(start - 1))
                    && Chains.nameEnd(t, start, 17) == k
                    && (strict ? strictlyPlausible(t, start, k, acr) : plausible(t, start, k, acr))) {
                return start;
            }
        }
        return -1;
    }

    private static boolean plausible(List<Token> t, int start, int end, String acr) {
        return strictlyPlausible(t, start, end, acr) || Lexicon.get().isPrefixHead(t.get(start).text())
                || t.subList(start, end).stream().anyMatch(x -> Lexicon.get().isSuffixHead(x.text()));
    }

    /** The acronym's letters appear, in order, among the initials of the name's words. */
    private static boolean strictlyPlausible(List<Token> t, int start, int end, String acr) {
        StringBuilder initials = new StringBuilder();
        for (int i = start; i < end; i++) {
            for (String part : t.get(i).folded().split("-")) {
                if (!part.isEmpty() && t.get(i).isWord()) {
                    initials.append(part.charAt(0));
                }
            }
        }
        String letters = acr.replaceAll("[^\\p{Lu}]", "").toLowerCase(java.util.Locale.ROOT);
        if (letters.isEmpty() || initials.length() == 0 || initials.charAt(0) != letters.charAt(0)) {
            return false;
        }
        int k = 0;
        for (int i = 0; i < initials.length() && k < letters.length(); i++) {
            if (initials.charAt(i) == letters.charAt(k)) {
                k++;
            }
        }
        return k == letters.length();
    }

    private static final java.util.Set<String> DETERMINERS = java.util.Set.of("la", "le", "les", "l'", "the", "du", "au", "aux");

    /** "la FING", "chez Inno3", "(ANCT)": an acronym used alone where an organization is expected. */
    static boolean isUse(Sent s, int i) {
        Token t = s.tok(i);
        if (!t.isAcronymLike() || Lexicon.get().isNonOrgAcronym(t.text()) || Lexicon.get().isPlatform(t.text())) {
            return false;
        }
        Token prev = s.tok(i - 1);
        boolean orgContext = DETERMINERS.contains(prev.folded()) || prev.is("chez", "par", "by", "at")
                || prev.is("(") && s.tok(i + 1).is(")");
        boolean alone = !Chains.isNameWord(s.tok(i + 1)) || Lexicon.get().isPlace(s.tok(i + 1).text());
        if (t.isAcronymLike() && s.tok(i + 1).is("(")) {
            return false; // defined in parentheses: read by define
        }
        return orgContext && alone && !s.tok(i + 1).isAcronymLike();
    }
}
