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
 * Civic Data 2026", "son rapport annuel, Communs en chiffres 2025").
 */
final class UnquotedTitles {
    private static final Set<String> HEADS = Set.of("barometre", "barometer", "atlas", "panorama", "rapport", "report",
            "guide", "livre", "manifeste", "manifesto", "observatoire", "index", "indice", "etat", "state", "cahier", "cahiers");
    private static final Set<String> KINDS = Set.of("report", "rapport", "study", "etude", "barometre", "barometer",
            "paper", "note", "guide", "publication", "survey", "enquete");
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
    /** The subject publishes: present tense included ("L'Union publie le Baromètre ..."). */
    private static final Pattern PUBLISHES = Pattern.compile(
            "(?iu)\\b(publie|publient|publié|dévoile|dévoilé|présente|présenté|publishes|published|releases|released|launches|launched)\\b");

    private UnquotedTitles() {
    }

    static void spot(Sent s, List<PublicationSpotter.PubRec> out) {
        for (int k = 1; k < s.toks.size(); k++) {
            int start = -1;
            Token t = s.tok(k);
            if (HEADS.contains(t.folded()) && t.isCapitalized() && s.tok(k - 1).is("le", "la", "l'", "the", "son", "sa", "its", "their", "du", "au")) {
                start = k; // "le Baromètre des tiers-lieux 2026"
            } else if (t.is(",") && KINDS.contains(s.tok(k - 1).folded()) || t.is(",") && KINDS.contains(s.tok(k - 2).folded())
                    && s.tok(k - 1).is("annuel", "annuelle", "annual", "new", "nouveau", "nouvelle", "latest", "dernier")) {
                int j = s.tok(k + 1).is("the", "le", "la", "l'") ? k + 2 : k + 1;
                start = s.tok(j).isCapitalized() && s.orgAt(j) == null && s.personAt(j) == null ? j : -1; // "its annual report, the State of ..."
            }
            if (start < 0) {
                continue;
            }
            int end = titleEnd(s, start);
            if (end > start + 1 && YEAR.matcher(s.tok(end - 1).text()).matches()) {
                out.add(new PublicationSpotter.PubRec(s.span(start, end), null, publisher(s, start), null, s.text));
                k = end;
            }
        }
    }

    /** Up to the year that closes the title, within ten tokens, without crossing punctuation or an organization. */
    private static int titleEnd(Sent s, int start) {
        for (int e = start + 1; e < s.toks.size() && e - start <= 10; e++) {
            Token t = s.tok(e);
            if (YEAR.matcher(t.text()).matches()) {
                return e + 1;
            }
            if (!t.isWord() || s.orgAt(e) != null || s.personAt(e) != null) {
                return e;
            }
        }
        return start;
    }

    private static OrgRegistry.Entry publisher(Sent s, int start) {
        OrgOcc subject = s.orgs.stream().filter(o -> o.end() <= start).min((a, b) -> a.start() - b.start()).orElse(null);
        return subject != null && PUBLISHES.matcher(s.span(subject.end(), start)).find() ? subject.entry() : null;
    }
}
