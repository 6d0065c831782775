package org.communskg.importer.extract;

import java.util.ArrayList;
import java.util.List;
import org.communskg.importer.extract.text.Chains;
import org.communskg.importer.extract.text.Lexicon;
import org.communskg.importer.extract.text.Token;

/**
 * Event names that are not quoted: a name after an event noun ("l'événement NEC ESS Europe"),
 * a name led or closed by an event word ("Rencontres des communs solidaires", "Commons Data
 * Summit"), a name after "édition de".
 */
final class EventNames {
    /** An event name starting at token {@code at}. */
    record Named(int at, String name, String kind, double confidence) {
    }

    private EventNames() {
    }

    /** "l'événement NEC ESS Europe", "Rencontres des communs solidaires", "Commons Data Summit". */
    static List<Named> find(Sent s) {
        List<Named> named = new ArrayList<>();
        for (int i = 0; i < s.toks.size(); i++) {
            Token t = s.tok(i);
            String level = Lexicon.get().eventLevel(t.text());
            int end = -1;
            int edition = editionNameEnd(s, i);
            if (edition > 0) {
                int start = s.tok(i + 2).is("la", "l'", "the") ? i + 3 : i + 2;
                named.add(new Named(i, s.span(start, edition), "événement", 0.8));
                i = edition - 1;
                continue;
            }
            if (t.isCapitalized() && HeadNames.isSeasonalEvent(s, i)) {
                int e = HeadNames.seasonalEnd(s, i);
                named.add(new Named(i, s.span(i, e), "université d'été", 0.8));
                i = e - 1;
                continue;
            }
            int assembly = assemblyNameEnd(s, i);
            if (assembly > 0) {
                String kind = t.is("universite") ? "université d'été" : t.text() + " " + s.tok(i + 1).text();
                named.add(new Named(i, s.span(i, assembly), kind, 0.75));
                i = assembly - 1;
                continue;
            }
            int hosted = hostedNameEnd(s, i);
            if (hosted > 0) {
                named.add(new Named(i, s.span(i, hosted), "événement", 0.7));
                i = hosted - 1;
                continue;
            }
            boolean determined = s.tok(i - 1).is("l'", "le", "la", "the", "this", "cet", "cette", "ce", "du", "au");
            if (level != null && determined && !t.isCapitalized() && s.tok(i + 1).isCapitalized() && !s.covered(i + 1)) {
                end = capitalRun(s, i + 1);
                String run = s.span(i + 1, end);
                // One ordinary capitalised word ("la journée Internet") is too weak a name; "VIVA 2024" is not.
                boolean weak = end == i + 2 && !s.tok(i + 1).isAcronymLike() && !run.matches(".*\\d.*");
                boolean noise = weak || Lexicon.get().isPlace(run) || Lexicon.get().isPlatform(run);
                if (end > i + 1 && !noise) {
                    named.add(new Named(i, s.span(i + 1, end), t.text(), 0.8));
                }
            } else if (Chains.isNameWord(t) && !s.covered(i) && !Chains.isNameWord(s.tok(i - 1)) && !programmeOf(s, i)
                    && !s.tok(i - 1).is("©")) { // "© Rencontres X": a photo credit, not a mention
                end = Chains.nameEnd(s.toks, i, 10);
                // "Rencontres Traverses 2026": the edition's year closes the name.
                int last = "event".equals(level) ? end + (end - i >= 2 && s.tok(end).text().matches("(19|20)\\d\\d") ? 1 : 0) : lastEventWord(s, i, end);
                boolean generic = "event".equals(level) && onlyAdjectives(s, i + 1, last); // "Rencontres régionales"
                if (last - i >= 2 && !generic) {
                    String kind = "event".equals(level) ? t.text() : s.tok(last - (s.tok(last - 1).text().matches("\\d{4}") ? 2 : 1)).text();
                    named.add(new Named(i, s.span(i, last), kind, 0.75));
                }
            }
            if (end > i) {
                i = end - 1;
            }
        }
        return named;
    }

    /**
     * "Rennes accueillait NEC Local Bretagne, déclinaison régionale de ...": a capitalised name
     * after "accueillait" or before ", déclinaison / édition / rendez-vous"; end or -1.
     */
    private static int hostedNameEnd(Sent s, int i) {
        boolean hostVerb = s.tok(i - 1).text().matches("(?iu)accueill(e|ait|era)|accueilli|hosted|hosts|welcomed");
        if (!Chains.isNameWord(s.tok(i)) || s.covered(i) || Chains.isNameWord(s.tok(i - 1))) {
            return -1;
        }
        int end = i;
        while (end < s.toks.size() && (s.tok(end).isWord() && s.tok(end).isCapitalized() || s.tok(end).text().matches("\\d{4}"))
                && !s.covered(end)) {
            end++;
        }
        boolean described = s.tok(end).is(",") && (s.tok(end + 1).text().matches("(?iu)déclinaison|édition|rendez-vous|événement")
                || s.tok(end + 2).text().matches("(?iu)déclinaison|édition|rendez-vous|événement")
                // "FOSS Backstage, to be held in Berlin in June", "Datafest, qui se tiendra à Lille"
                || s.span(end + 1, Math.min(s.toks.size(), end + 6)).matches(
                        "(?iu)^(to be held|which will be held|held|taking place|which took place|qui se tiendra|qui s'est tenue?|qui aura lieu|prévue? (le|du|à|les))\\b.*"));
        boolean place = Lexicon.get().isPlace(s.span(i, end));
        return end - i >= 2 && !place && (hostVerb || described) ? end : -1;
    }

    /**
     * "l'assemblée générale du Réseau X", "the general assembly of the Y": a meeting named by the
     * organization holding it; end of the name (after the organization) or -1.
     */
    private static int assemblyNameEnd(Sent s, int i) {
        boolean fr = s.tok(i).is("assemblee") && s.tok(i + 1).is("generale") && s.tok(i + 2).is("de", "du", "des", "d'")
                || s.tok(i).is("universite") && !s.tok(i).isCapitalized() && s.tok(i + 1).is("d'") && s.tok(i + 2).is("ete")
                && s.tok(i + 3).is("de", "du", "des", "d'") && (s.orgAt(i + 4) != null || s.orgAt(i + 5) != null);
        boolean en = s.tok(i).is("general", "annual") && s.tok(i + 1).is("assembly", "meeting") && s.tok(i + 2).is("of");
        if (!fr && !en) {
            return -1;
        }
        int of = s.tok(i).is("universite") ? i + 3 : i + 2; // "université d'été de", one word longer
        int k = s.tok(of + 1).is("la", "l'", "the") ? of + 2 : of + 1;
        Sent.OrgOcc o = s.orgAt(k);
        return o != null ? o.end() : -1;
    }

    /** "la 5e édition de Numérique en Commun[s]": end of the name after "édition de", or -1. */
    private static int editionNameEnd(Sent s, int i) {
        if (!s.tok(i).is("edition") || !s.tok(i + 1).is("de", "du", "des", "d'", "of")) {
            return -1;
        }
        int k = s.tok(i + 2).is("la", "l'", "the") ? i + 3 : i + 2;
        if (!Chains.isNameWord(s.tok(k)) || s.covered(k)) {
            return -1;
        }
        int end = k + 1;
        while (end < s.toks.size()) {
            Token t = s.tok(end);
            boolean link = t.is("de", "des", "du", "d'", "en", "&") && Chains.isNameWord(s.tok(end + 1));
            if (t.isWord() && t.isCapitalized() || t.text().matches("[\\[\\]]") || t.text().equals("s") && s.tok(end - 1).is("[")) {
                end++;
            } else if (link || t.is("en") && s.tok(end + 1).isWord()) {
                end += 2;
            } else {
                break;
            }
        }
        return end - k >= 2 ? end : -1;
    }

    /** "Programme des Rencontres régionales 2027": a heading's lead word, the event starts after it. */
    private static boolean programmeOf(Sent s, int i) {
        return s.tok(i).is("programme", "agenda") && s.tok(i + 1).is("des", "du", "de", "d'");
    }

    private static boolean onlyAdjectives(Sent s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!Chains.isAdjective(s.tok(k))) {
                return false;
            }
        }
        return true;
    }

    private static int lastEventWord(Sent s, int from, int end) {
        for (int k = end - 1; k > from; k--) {
            // "Conference" folds like the French session noun "conférence", but closing an English name it is an event.
            boolean event = "event".equals(Lexicon.get().eventLevel(s.tok(k).text())) || s.tok(k).text().equals("Conference");
            if (event && s.tok(k).isCapitalized()) {
                return s.tok(k + 1).text().matches("(19|20)\\d\\d") ? k + 2 : k + 1; // "Open Data Forum 2024"
            }
        }
        return -1;
    }

    private static int capitalRun(Sent s, int i) {
        int k = i;
        while (k < s.toks.size()) {
            boolean capital = (s.tok(k).isWord() && s.tok(k).isCapitalized() || s.tok(k).text().matches("\\d{4}"))
                    && !s.tok(k).is("le", "la", "les") && !s.covered(k);
            // "le festival Numérique en Fête": a small word between two capitalised ones stays in the name
            boolean link = k > i && !s.tok(k).isCapitalized() && s.tok(k).is("en", "de", "des", "du", "d'", "&", "et", "of", "and")
                    && s.tok(k + 1).isWord() && s.tok(k + 1).isCapitalized() && !s.covered(k + 1);
            if (capital) {
                k++;
            } else if (link) {
                k += 2;
            } else {
                break;
            }
        }
        return k;
    }

}
