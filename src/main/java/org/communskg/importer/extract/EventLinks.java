package org.communskg.importer.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.communskg.importer.extract.Sent.OrgOcc;
import org.communskg.importer.extract.Sent.PersonOcc;
import org.communskg.importer.extract.text.Lexicon;
import org.communskg.importer.extract.text.Token;

/** The phrases that tie organizations and persons to an event, read in one sentence. */
final class EventLinks {
    private static final Pattern ORGANIZED = Pattern.compile("(co-?)?(organis[ée]e?s?|organi[sz]ed)|co-?hosted|hosted|convened|run|port[ée]e?s?");
    private static final Pattern SUPPORTED = Pattern.compile("soutenue?s?|supported|sponsored|(co-?)?financ[ée]e?s?|funded|co-?funded");
    private static final Pattern SUBJECT_ORGANIZES = Pattern.compile(
            "(co-?)?organis(e|ait|ent|aient|era|e)|organi[sz]es|organi[sz]ed|hosted|hosts|convened|propos(ait|aient|era)|"
            + "reuni(ssai)?t|reunissaient|reuniront|reunira|reunissent|reuni|convi(ai)?ent|conviait");
    private static final Pattern SUBJECT_TAKES_PART = Pattern.compile("particip(e|ait|ent|aient|era|e)|participates|attended");

    private final OrgSpotter orgs;

    EventLinks(OrgSpotter orgs) {
        this.orgs = orgs;
    }

    /** "organisé par X et Y", "soutenu par Z", "avec le soutien de W", in tokens [from, to). */
    void organizersAndSponsors(EventRec e, Sent s, int from, int to) {
        for (int k = Math.max(0, from); k < to; k++) {
            Token t = s.tok(k);
            int byAt = byAfter(s, k);
            boolean by = byAt > 0;
            if (by && ORGANIZED.matcher(t.folded()).matches() || t.is("initiative") && s.tok(k + 1).is("de", "du", "d'")) {
                e.organizers.addAll(entities(s, by ? byAt + 1 : k + 2));
            } else if (by && SUPPORTED.matcher(t.folded()).matches()) {
                e.sponsors.addAll(entities(s, byAt + 1));
            } else if (t.is("houlette") && s.tok(k + 1).is("de", "du", "d'")) {
                // "sous la houlette du collectif X": the organization leads; a person there presides
                entities(s, s.tok(k + 1).is("du") ? k + 1 : k + 2).stream().filter(o -> o instanceof OrgRegistry.Entry)
                        .forEach(e.organizers::add);
            } else if (t.is("presence") && s.tok(k + 1).is("de", "du", "d'", "of")) {
                // "en présence de X, vice-président de la Région": present, so taking part
                int after = s.tok(k + 1).is("du") ? k + 1 : k + 2;
                Sent.PersonOcc titled = s.persons.stream().filter(p -> p.start() > after && p.start() <= after + 4)
                        .filter(p -> !s.span(after, p.start()).matches(".*[,;.(«].*")).findFirst().orElse(null);
                e.participants.addAll(entities(s, titled != null ? titled.start() : after)); // "de la ministre X"
            } else if (t.is("partenariat", "partnership") && s.tok(k + 1).is("avec", "with")) {
                e.sponsors.addAll(entities(s, k + 2)); // partners support the event
            } else if (t.is("funding", "financement") && s.tok(k + 1).is("from", "de", "du")) {
                e.sponsors.addAll(entities(s, s.tok(k + 1).is("du") ? k + 1 : k + 2));
            } else if (t.is("appui", "concours", "aide") && s.tok(k - 1).is("l'", "le") && backer(s, k + 1) > 0) {
                int of = backer(s, k + 1); // "avec l'appui financier du Département", "avec le concours de la Région"
                e.sponsors.addAll(entities(s, of + 1));
            } else if (t.is("soutien", "support", "backing") && s.tok(k + 1).is("de", "du", "d'", "of", "from")) {
                e.sponsors.addAll(entities(s, s.tok(k + 1).is("du") ? k + 1 : k + 2));
            } else if (t.is("soutien") && backer(s, k + 1) > k + 1) {
                int of = backer(s, k + 1); // "avec le soutien financier de la Région"
                e.sponsors.addAll(entities(s, s.tok(of).is("du") ? of : of + 1));
            } else if (t.is("collaboration") && s.tok(k + 1).is("avec", "with") && ORGANIZED.matcher(s.tok(k - 2).folded()).matches()
                    && s.tok(k - 1).is("en", "in")) {
                e.organizers.addAll(entities(s, k + 2)); // "organised in collaboration with X": X organizes too
            }
        }
    }

    /** Index of "de"/"du" right after the noun or after one adjective ("appui financier du"), or -1. */
    private static int backer(Sent s, int i) {
        int k = s.tok(i).is("financier", "financiere", "technique", "logistique") ? i + 1 : i;
        return s.tok(k).is("de", "du", "d'") ? k : -1;
    }

    /** "organisé le 6 mars à Toulouse par": index of "par"/"by" within a few words, or -1. */
    private static int byAfter(Sent s, int k) {
        for (int j = k + 1; j < s.toks.size() && j <= k + 9; j++) {
            if (s.tok(j).is("par", "by")) {
                return j;
            }
            if (s.tok(j).text().matches("[,.;:()«»“”\"]")) {
                return -1;
            }
        }
        return -1;
    }

    /** "L'Agence organisait ... la journée", "Le Conseil participait ... à l'événement". */
    void subjectOrganization(EventRec e, Sent s) {
        // The subject may follow a date or an adverbial: "Les 13 et 14 juin, le Conseil était ...",
        // "À l'invitation de la Région, la Fédération tenait ...": the first name followed by its verb.
        s.orgs.stream().sorted((a, b) -> a.start() - b.start())
                .filter(o -> o.start() <= 12 && s.persons.stream().noneMatch(p -> p.start() < o.start()))
                .filter(o -> !s.tok(skipParen(s, o.end())).is(",") || s.tok(skipParen(s, o.end()) + 1).is("qui")
                        || afterApposition(s, skipParen(s, o.end())) > 0)
                .findFirst().ifPresent(o -> subjectVerb(e, s, o));
    }

    private void subjectVerb(EventRec e, Sent s, OrgOcc first) {
        List<OrgOcc> subjects = new ArrayList<>(List.of(first));
        int v = skipParen(s, first.end());
        while (s.tok(v).is("et", "and")) {
            // "La FING et l'ANCT organisent ...": coordinated subjects.
            int next = s.tok(v + 1).is("la", "le", "l'", "les", "the") ? v + 2 : v + 1;
            if (PlainNames.GENERIC.contains(s.tok(next).folded()) && !s.tok(next).isCapitalized()) {
                next++; // "et le tiers-lieu La Quincaillerie"
            }
            OrgOcc o = s.orgAt(next) != null ? s.orgAt(next) : s.orgAt(v + 1);
            if (o == null) {
                break;
            }
            subjects.add(o);
            v = skipParen(s, o.end());
        }
        if (s.tok(v).is(",") && afterApposition(s, v) > 0) {
            v = afterApposition(s, v); // "La ressourcerie, adhérente du réseau X, organisera ..."
        }
        if (s.tok(v).is(",") && s.tok(v + 1).is("qui")) {
            v += s.tok(v + 2).is("a", "avait") ? 3 : 2; // "Le collectif X, qui avait organisé ..."
        } else if (s.tok(v).is("a", "avait") && s.tok(v + 1).text().matches("organisé|participé|réuni|convié")) {
            v++;
        }
        Token verb = s.tok(v);
        // "X et Y s'étaient associés (pour cette édition)": joining forces to hold it
        boolean joined = verb.is("s'") && s.tok(v + 1).is("etaient", "etait", "sont", "est", "associent", "associaient")
                && s.tok(v + 1 + (s.tok(v + 1).folded().startsWith("associ") ? 0 : 1)).folded().startsWith("associ")
                || verb.is("joined") && s.tok(v + 1).is("forces");
        boolean present = verb.is("etait", "etaient", "was", "were") && s.tok(v + 1).folded().matches("present.*|represent.*")
                || verb.is("tenait", "tient", "tenaient", "tiendra") && s.tok(v + 2).is("stand") // "tenait un stand au Salon"
                || verb.is("a", "ont") && s.tok(v + 1).is("pris") && s.tok(v + 2).is("part");
        if (SUBJECT_ORGANIZES.matcher(verb.folded()).matches()) {
            // "X organisera sa fête avec le Repair Café Y": who organizes with the subject co-organizes.
            for (int k = v + 1; k < s.toks.size(); k++) {
                // "en partenariat avec", "in collaboration with" are read elsewhere: partners support.
                boolean partnered = s.tok(k - 1).is("partenariat", "partnership", "collaboration", "lien", "association", "cooperation");
                if (s.tok(k).is("avec", "with") && !partnered && !s.tok(k + 2).is("soutien", "support", "appui", "concours", "participation")) {
                    OrgOcc partner = orgs.orgAt(s, k + 1, OrgSpotter.Plain.NAMES);
                    if (partner != null) {
                        e.organizers.add(partner.entry());
                    }
                    break;
                }
            }
        }
        for (OrgOcc o : subjects) {
            if (SUBJECT_ORGANIZES.matcher(verb.folded()).matches() || joined) {
                e.organizers.add(o.entry());
            } else if (SUBJECT_TAKES_PART.matcher(verb.folded()).matches() || present) {
                e.participants.add(o.entry());
            }
        }
    }

    /** ", adhérente du réseau X, organisera": the index of the organizing verb after a short apposition, or -1. */
    private static int afterApposition(Sent s, int comma) {
        int close = s.find(comma + 1, ",");
        if (close < 0 || close - comma > 10 || s.tok(comma + 1).is("qui") || s.span(comma + 1, close).matches("(?s).*[.;:«»].*")) {
            return -1;
        }
        return SUBJECT_ORGANIZES.matcher(s.tok(close + 1).folded()).matches() ? close + 1 : -1;
    }

    private static int skipParen(Sent s, int i) {
        return s.tok(i).is("(") && s.find(i, ")") > 0 ? s.find(i, ")") + 1 : i;
    }

    /** "à Lyon", "in Brussels": a known place right after the preposition. */
    String location(Sent s) {
        for (int k = 0; k + 1 < s.toks.size(); k++) {
            if (s.tok(k).is("a", "in") && Lexicon.get().isPlace(s.tok(k + 1).text()) && s.tok(k + 1).isCapitalized()) {
                return s.tok(k + 1).text();
            }
        }
        return null;
    }

    /** "dans le cadre de la démarche de l'ANCT Numérique en commun[s]". */
    String partOf(Sent s) {
        int k = s.find(0, "cadre");
        if (k < 0 || !s.tok(k - 1).is("le") || !s.tok(k - 2).is("dans")) {
            return null;
        }
        int i = k + 1;
        while (i < s.toks.size() && !s.tok(i).isCapitalized() || s.covered(i)) {
            if (i - k > 10 || s.tok(i).text().matches("[,.;]")) {
                return null;
            }
            i++;
        }
        int end = i + 1;
        while (end < s.toks.size() && (s.tok(end).isWord() || s.tok(end).text().matches("[\\[\\]&]"))) {
            end++;
        }
        return end > i ? s.span(i, end) : null;
    }

    private List<Object> entities(Sent s, int i) {
        List<Object> out = new ArrayList<>();
        if (s.tok(i).is("du", "des", "au", "aux") && s.orgAt(i) == null && s.personAt(i) == null) {
            i++; // "le soutien du Crédit X": the article is contracted with the preposition
        }
        while (i < s.toks.size()) {
            PersonOcc p = s.personAt(i);
            OrgOcc o = p == null ? orgs.orgAt(s, i, true) : null;
            if (p == null && o == null) {
                break;
            }
            out.add(p != null ? p.entry() : o.entry());
            i = p != null ? p.end() : o.end();
            if (s.tok(i).is("(") && s.tok(i + 2).is(")")) {
                i += 3;
            }
            if (!s.tok(i).is(",", "et", "and", "&")) {
                break;
            }
            i++;
            if (s.tok(i).is("de", "du", "des", "d'")) {
                i++; // "avec le soutien de X et de la Caisse Y"
            }
        }
        return out;
    }
}
