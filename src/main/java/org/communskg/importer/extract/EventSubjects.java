package org.communskg.importer.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.communskg.importer.extract.Sent.OrgOcc;
import org.communskg.importer.extract.text.Lexicon;
import org.communskg.importer.extract.text.Token;

/**
 * An organization as the subject of a sentence about an event: "L'Agence organisait la journée",
 * "La FING et l'ANCT organisent ...", "La ressourcerie, adhérente du réseau X, organisera ... avec
 * le Repair Café Y", "Le Conseil participait à l'événement".
 */
final class EventSubjects {
    private static final Pattern SUBJECT_ORGANIZES = Pattern.compile(
            "(co-?)?organis(e|ait|ent|aient|era|e)|(co-?)?organi[sz]es|(co-?)?organi[sz]ed|(co-?)?hosted|(co-?)?hosts|convened|propos(ait|aient|era)|"
            + "reuni(ssai)?t|reunissaient|reuniront|reunira|reunissent|reuni|convi(ai)?ent|conviait");
    private static final Pattern SUBJECT_TAKES_PART = Pattern.compile("particip(e|ait|ent|aient|era|e)|participates|attended");

    private final OrgSpotter orgs;

    EventSubjects(OrgSpotter orgs) {
        this.orgs = orgs;
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
            int main = mainVerbAfterRelative(s, v); // "Le réseau X, qui anime cent lieux, organise ses rencontres"
            v = main > 0 ? main : v + (s.tok(v + 2).is("a", "avait") ? 3 : 2); // "Le collectif X, qui avait organisé ..."
        } else if (s.tok(v).is("a", "avait", "ont", "has", "have", "had")
                && s.tok(v + 1).text().matches("(co-?)?organisé|participé|réuni|convié|(co-?)?organi[sz]ed|(co-?)?hosted")) {
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
        boolean launches = launchesEvent(s, v);
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
            if (SUBJECT_ORGANIZES.matcher(verb.folded()).matches() || joined || launches) {
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

    /**
     * "X et Y lancent un séminaire mensuel": launching counts only when the event noun is the very
     * object, since one also launches a call or a report at an event ("lance, lors du forum, ...").
     */
    private static boolean launchesEvent(Sent s, int v) {
        return s.tok(v).folded().matches("lance(nt|ra|ront|ait|aient)?|launche[sd]|launch")
                && s.tok(v + 1).is("un", "une", "le", "la", "l'", "a", "an", "the", "its", "their", "son", "sa", "leur")
                && Lexicon.get().eventLevel(s.tok(v + 2).folded()) != null;
    }

    /** ", qui anime ..., organise": the organizing verb right after the relative clause, or -1. */
    private static int mainVerbAfterRelative(Sent s, int comma) {
        // The clause may hold commas of its own ("entre Gironde, Landes et Lot-et-Garonne").
        for (int close = s.find(comma + 2, ","); close > 0 && close - comma <= 20; close = s.find(close + 1, ",")) {
            if (SUBJECT_ORGANIZES.matcher(s.tok(close + 1).folded()).matches()) {
                return close + 1;
            }
        }
        return -1;
    }

    private static int skipParen(Sent s, int i) {
        return s.tok(i).is("(") && s.find(i, ")") > 0 ? s.find(i, ")") + 1 : i;
    }

}
