package org.communskg.importer.extract;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.communskg.importer.extract.Sent.OrgOcc;
import org.communskg.importer.extract.text.Token;

/**
 * Publication titles written without quotes. Two shapes, both narrow on purpose since a stray
 * capitalised phrase is easy to take for a title: a capitalised publication noun opening a title
 * that ends with its year ("le Baromètre des communs 2026", "the Civic Data Barometer 2025" is
 * not covered), and a title in apposition to a publication noun ("its annual report, the State of
 * Civic Data 2026", "son rapport annuel, Communs en chiffres 2025"). A third, after a lower-case
 * noun ("le rapport Communs et territoires"), is in {@link #afterNoun}.
 */
final class UnquotedTitles {
    private static final Set<String> HEADS = Set.of("barometre", "barometer", "atlas", "panorama", "rapport", "report",
            "guide", "livre", "manifeste", "manifesto", "observatoire", "index", "indice", "etat", "state", "cahier", "cahiers");
    private static final Set<String> KINDS = Set.of("report", "rapport", "study", "etude", "barometre", "barometer",
            "paper", "note", "guide", "publication", "survey", "enquete");
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
    /** "le Baromètre des données solidaires publié en mars": the participle closes a title that has no year. */
    private static final Pattern PARTICIPLE = Pattern.compile("(publie|parue?|realise|edite|redige|published|released)e?s?");
    /** The subject publishes: present tense included ("L'Union publie le Baromètre ..."). */
    private static final Pattern PUBLISHES = Pattern.compile(
            "(?iu)\\b(publie|publient|publié|dévoile|dévoilé|présente|présenté|publishes|published|releases|released|launches|launched)\\b");

    private UnquotedTitles() {
    }

    static void spot(Sent s, List<PublicationSpotter.PubRec> out) {
        for (int k = 1; k < s.toks.size(); k++) {
            int start = -1;
            Token t = s.tok(k);
            if (HEADS.contains(t.folded()) && t.isCapitalized() && s.orgAt(k) == null && s.tok(k - 1).is("le", "la", "l'", "the", "son", "sa", "its", "their", "du", "au")) {
                start = k; // "le Baromètre des tiers-lieux 2026"
            } else if (t.is(",") && KINDS.contains(s.tok(k - 1).folded()) || t.is(",") && KINDS.contains(s.tok(k - 2).folded())
                    && s.tok(k - 1).is("annuel", "annuelle", "annual", "new", "nouveau", "nouvelle", "latest", "dernier")) {
                int j = s.tok(k + 1).is("the", "le", "la", "l'") ? k + 2 : k + 1;
                start = s.tok(j).isCapitalized() && s.orgAt(j) == null && s.personAt(j) == null ? j : -1; // "its annual report, the State of ..."
            }
            if (start < 0) {
                k = entitled(s, k, out) ? k : afterNoun(s, k, out);
                continue;
            }
            int end = titleEnd(s, start);
            if (end > start + 1 && (YEAR.matcher(s.tok(end - 1).text()).matches() || PARTICIPLE.matcher(s.tok(end).folded()).matches()
                    && end - start >= 3 && HEADS.contains(s.tok(start).folded()))) {
                out.add(new PublicationSpotter.PubRec(s.span(start, end), null, publisher(s, start), null, s.text));
                k = end;
            }
        }
    }

    /** Lower-case nouns that introduce a title set without quotes: "le rapport Communs et territoires". */
    private static final Set<String> NOUNS = Set.of("rapport", "guide", "etude", "livre", "manifeste", "barometre", "report",
            "study", "handbook", "toolkit", "white", "atlas");
    private static final Set<String> QUALIFIERS = Set.of("pratique", "annuel", "annuelle", "methodologique", "blanc",
            "d'activite", "paper", "annual", "practical");
    private static final Set<String> FUNCTION = Set.of("de", "des", "du", "d'", "et", "les", "la", "le", "l'", "aux", "au", "a",
            "en", "pour", "sur", "dans", "of", "and", "the", "for", "in", "on", "to");
    /** Conjugated verbs and auxiliaries by their endings: where a title set without quotes ends. */
    private static final Pattern VERB = Pattern.compile("\\p{L}+(ait|aient|erent|eront|era|ons)|a|ont|est|sont|etait|sera|is|was|has|have");

    /**
     * "le rapport Communs et territoires, publié en mars", "son guide pratique Ouvrir les données aux
     * habitants": a lower-case publication noun (and one qualifier) right before a capitalised run
     * that is no organization, person or place. The title runs to punctuation, an organization or a
     * word that ends it, and must have two words at least ("le rapport Dupont" names its author).
     * Returns the index to go on from.
     */
    private static int afterNoun(Sent s, int k, List<PublicationSpotter.PubRec> out) {
        Token noun = s.tok(k);
        if (!NOUNS.contains(noun.folded()) || noun.isCapitalized() || !s.tok(k - 1).is("le", "la", "l'", "son", "sa", "leur", "its",
                "their", "the", "du", "au", "un", "une", "a", "dernier", "nouveau", "new", "latest")) {
            return k;
        }
        int start = QUALIFIERS.contains(s.tok(k + 1).folded()) ? k + 2 : k + 1;
        Token first = s.tok(start);
        if (!first.isCapitalized() || !first.isWord() || s.covered(start) || first.isAcronymLike()
                || org.communskg.importer.extract.text.Lexicon.get().isPlace(first.text())) {
            return k;
        }
        // "Communs et territoires", "Ouvrir les données": a title goes on with a function word or a capital;
        // "le rapport Dupuis recommandait" goes on with a verb.
        if (!s.tok(start + 1).isCapitalized() && !FUNCTION.contains(s.tok(start + 1).folded())) {
            return k;
        }
        int end = start + 1;
        while (end < s.toks.size() && s.tok(end).isWord() && s.orgAt(end) == null && s.personAt(end) == null
                && (s.tok(end).isCapitalized() || !stops(s, end))) {
            end++;
        }
        if (end - start > 10) {
            return k; // no clear end: a sentence, not a title
        }
        while (end > start && s.tok(end - 1).is("de", "du", "des", "d'", "l'", "la", "le", "of", "the")) {
            end--; // "le rapport X de l'Agence": the organization publishes it
        }
        if (end - start < 2) {
            return k;
        }
        int close = end;
        OrgOcc of = s.tok(close).is("de", "du", "d'", "of") ? s.orgs.stream().filter(o -> o.start() > close && o.start() <= close + 2)
                .findFirst().orElse(null) : null;
        OrgRegistry.Entry publisher = of != null ? of.entry() : possessiveOrPublished(s, k);
        out.add(new PublicationSpotter.PubRec(s.span(start, end), noun.folded().equals("white") ? "livre blanc" : noun.text(),
                publisher, null, s.text));
        return end;
    }

    /**
     * "son rapport annuel 2025, intitulé Les données au service des habitants": a publication noun
     * shortly before; the title runs to the next punctuation. Without the noun it may be an event's.
     */
    private static boolean entitled(Sent s, int k, List<PublicationSpotter.PubRec> out) {
        Token t = s.tok(k);
        if (!t.folded().matches("intitulee?s?|entitled|titled") || !s.tok(k + 1).isCapitalized() || !s.tok(k + 1).isWord()) {
            return false;
        }
        int noun = k - 1;
        while (noun >= Math.max(0, k - 5) && !KINDS.contains(s.tok(noun).folded()) && !NOUNS.contains(s.tok(noun).folded())) {
            noun--;
        }
        int end = k + 1;
        while (end < s.toks.size() && (s.tok(end).isWord() || s.tok(end).isElision()) && end - k <= 12) {
            end++;
        }
        if (noun < Math.max(0, k - 5) || end - k > 12 || end - k < 3) {
            return false;
        }
        String kind = s.tok(noun).text();
        out.add(new PublicationSpotter.PubRec(s.span(k + 1, end), kind, possessiveOrPublished(s, noun), null, s.text));
        return true;
    }

    /**
     * Common words inside a title ("Ouvrir les données aux habitants") do not end it; they do when
     * what follows is no longer the title: a date, a number, a verb of publishing.
     */
    private static boolean stops(Sent s, int i) {
        Token t = s.tok(i);
        if (VERB.matcher(t.folded()).matches() || t.folded().matches("qui|que|dont|lors|which|that|who|published|released|written|publiee?s?|parue?s?|sortie?s?"
                + "|presentee?s?|realisee?s?|editee?s?|redigee?s?|disponibles?|par|by")) {
            return true;
        }
        Token next = s.tok(i + 1);
        // "… de sa commune le 12 juin": the date starts at "le", not at "commune".
        boolean dateWord = FUNCTION.contains(t.folded()) || t.text().matches("\\d.*|[Ll]undi|[Mm]ardi|[Mm]ercredi|[Jj]eudi|[Vv]endredi|[Ss]amedi|[Dd]imanche");
        return next.text().matches("\\d.*") || dateWord && Dates.find(s.span(i, Math.min(s.toks.size(), i + 4)), null) != null
                || next.isCapitalized() && org.communskg.importer.extract.text.Lexicon.get().isPlace(next.text());
    }

    private static OrgRegistry.Entry possessiveOrPublished(Sent s, int k) {
        OrgOcc subject = s.orgs.stream().filter(o -> o.end() <= k).min((a, b) -> a.start() - b.start()).orElse(null);
        if (subject == null) {
            return null;
        }
        boolean possessive = s.tok(k - 1).is("son", "sa", "leur", "its", "their");
        return possessive || PUBLISHES.matcher(s.span(subject.end(), k)).find() ? subject.entry() : null;
    }

    /** Up to the year that closes the title, within ten tokens, without crossing punctuation or an organization. */
    private static int titleEnd(Sent s, int start) {
        for (int e = start + 1; e < s.toks.size() && e - start <= 10; e++) {
            Token t = s.tok(e);
            if (YEAR.matcher(t.text()).matches()) {
                return e + 1;
            }
            if (!t.isWord() && !t.isElision() || s.orgAt(e) != null || s.personAt(e) != null || VERB.matcher(t.folded()).matches()
                    || PARTICIPLE.matcher(t.folded()).matches()) {
                return e; // "l'Observatoire ... est une association loi 1901": a verb ends the name before any year
            }
        }
        return start;
    }

    private static OrgRegistry.Entry publisher(Sent s, int start) {
        OrgOcc subject = s.orgs.stream().filter(o -> o.end() <= start).min((a, b) -> a.start() - b.start()).orElse(null);
        return subject != null && PUBLISHES.matcher(s.span(subject.end(), start)).find() ? subject.entry() : null;
    }
}
