package org.communskg.importer.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.communskg.importer.extract.text.Fold;
import org.communskg.importer.extract.text.Lexicon;

/**
 * Quoted titles in a sentence (« … », “…”, "…") and the noun that introduces each one ("la
 * conférence intitulée", "le rapport", "l'avis de la CSNP dédié au"), so that a title is read as
 * an event or as a publication depending on its nearest noun.
 */
final class Quotes {
    static final Set<String> PUBLICATION_KINDS = Set.of("avis", "rapport", "guide", "etude", "note", "livre",
            "barometre", "numero", "ouvrage", "manifeste", "charte", "publication", "report", "study", "handbook",
            "paper", "book", "tribune", "revue", "dossier", "synthese", "cahier", "cahiers", "plaidoyer", "recueil", "essai", "essay",
            "fiche", "brochure", "livret");

    /** A quoted title: tokens [open, close] are the quote marks; kindIndex is the introducing noun or -1. */
    record Quoted(String title, int open, int close, int kindIndex, String kind, boolean publication) {
    }

    private Quotes() {
    }

    static List<Quoted> find(Sent s) {
        List<Quoted> out = new ArrayList<>();
        for (int i = 0; i < s.toks.size(); i++) {
            String q = s.tok(i).text();
            String closer = q.equals("«") ? "»" : q.equals("“") ? "”" : q.equals("\"") ? "\"" : null;
            if (closer == null) {
                continue;
            }
            int close = -1;
            for (int k = i + 1; k < s.toks.size() && close < 0; k++) {
                close = s.tok(k).text().equals(closer) ? k : -1;
            }
            if (close < 0 || close == i + 1) {
                continue;
            }
            String title = s.text.substring(s.tok(i).end(), s.tok(close).start()).strip();
            out.add(introduced(s, title, i, close));
            i = close;
        }
        return out;
    }

    private static Quoted introduced(Sent s, String title, int open, int close) {
        if (!looksLikeTitle(title) || isSpeech(s, close) || s.find(0, "presse", "press") >= 0
                && s.find(0, "presse", "press") < open) {
            return new Quoted(title, open, close, -1, null, false);
        }
        int gap = 0;
        for (int k = open - 1; k >= Math.max(0, open - 25); k--) {
            String f = s.tok(k).folded();
            // "La plénière, intitulée « … »", "The keynote, titled "…"": the comma belongs to the title phrase.
            boolean colon = s.tok(k).is(":") && k == open - 1; // "Première table ronde : « … »"
            boolean commaBeforeQuote = colon || s.tok(k).is(",") && (k == open - 1
                    || k == open - 2 && s.tok(k + 1).text().matches("(?iu)intitul[ée]e?s?|titled|entitled|baptis[ée]e?s?|called"));
            if (s.tok(k).text().matches("[.;:!?«»“”\"]") && !colon || s.tok(k).is(",") && !commaBeforeQuote
                    || s.tok(k).text().matches("a|est|ont|sont|was|is|said|a déclaré")) {
                break;
            }
            // Words of an organization's name do not count: "l'avis de la Commission ... (CSNP) dédié au".
            int at = k;
            gap += s.covered(k) || s.tok(k).is("(", ")") || s.orgs.stream().anyMatch(o -> o.end() == at) ? 0 : 1;
            if (gap > 7) {
                break;
            }
            if (PUBLICATION_KINDS.contains(f)) {
                return new Quoted(title, open, close, k, s.tok(k).text(), true);
            }
            if (k + 1 < open && Lexicon.get().eventLevel(f + " " + s.tok(k + 1).folded()) != null) {
                return new Quoted(title, open, close, k, s.span(k, k + 2), false);
            }
            if (Lexicon.get().eventLevel(f) != null) {
                return new Quoted(title, open, close, k, s.tok(k).text(), false);
            }
        }
        Quoted framed = EventTitles.framed(s, title, open, close);
        if (framed != null) {
            return framed;
        }
        boolean possessive = open > 0 && s.tok(open - 1).is("son", "sa", "ses", "leur", "its", "their");
        // "the French « Baromètre des communs 2025 »", "When we published « X »": a title that opens on a
        // publication noun, or right after the verb of publishing, names a publication.
        boolean published = PUBLICATION_KINDS.contains(s.tok(open + 1).folded()) && s.tok(open + 1).isCapitalized() && !related(s)
                || open > 0 && s.tok(open - 1).text().matches("(?iu)published|publié|publie|publient|released|paru");
        return new Quoted(title, open, close, possessive ? open - 1 : published ? open : -1, null, possessive || published);
    }

    /** "Lire aussi : « Avis de la X : … »": the headline of a related article, not a publication. */
    private static boolean related(Sent s) {
        return s.text.matches("(?isu)^\\W*(à )?(lire|voir|read|see|relire) (aussi|également|also|more|plus)\\b.*");
    }

    /** « … », a promis X / "…," said Y: quoted speech, whatever noun came before. */
    private static boolean isSpeech(Sent s, int close) {
        int k = close + 1;
        if (s.tok(k).is(",")) {
            k++;
        }
        String verbs = "dit|déclaré|expliqué|affirmé|souligné|insisté|estimé|rappelé|précisé|ajouté|résumé|lancé|assuré"
                + "|confié|promis|indiqué|martelé|prévenu|reconnu|regretté|jugé|averti|plaidé";
        if (s.tok(k).text().matches("a|ont|avait")) {
            return s.tok(k + 1).text().matches("(?iu)" + verbs);
        }
        return s.tok(k).text().matches("(?iu)dit|déclare|explique|affirme|souligne|insiste|estime|rappelle|précise"
                + "|ajoute|résume|lance|assure|confie|said|says|explained|added|insisted");
    }

    /** A title starts with a capital or a digit and is short; quoted speech often is neither. */
    private static boolean looksLikeTitle(String title) {
        if (title.isEmpty() || !(Character.isUpperCase(title.codePointAt(0)) || Character.isDigit(title.codePointAt(0)))) {
            return false;
        }
        return title.split("\\s+").length <= 16 && !title.matches(".*[.!]$");
    }

    /** Folded equality of two titles. */
    static boolean same(String a, String b) {
        return Fold.fold(a).equals(Fold.fold(b));
    }
}
