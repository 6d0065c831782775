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
    private static final Pattern ORGANIZERS_HEAD = Pattern.compile("organisat(eur|eurs|rice|rices)|organi[sz]ers?|co-?organisateurs?");
    private static final Pattern SPONSORS_HEAD = Pattern.compile("partenaires?|partners?|sponsors?|soutiens?|financeurs?|funders?");
    /** A conjugated "organize", whoever the subject: "nous organisons avec X" (not "organisé avec le soutien de"). */
    private static final Pattern ORGANIZING = Pattern.compile("organis(ons|ez|ent|ait|aient|era|erons|eront)|organi[sz]e|organi[sz]es");
    /** A host that is an organization organizes; "accueillis par le maire" names no organizer. */
    private static final Pattern HOSTED = Pattern.compile("accueillie?s?|h[ée]berg[ée]e?s?");
    private static final Pattern SUPPORTED = Pattern.compile("soutenue?s?|supported|backed|sponsored|(co-?)?financ[ée]e?s?|funded|co-?funded|"
            + "parrain[ée]e?s?|sponsoris[ée]e?s?|subventionn[ée]e?s?");

    private final LinkedNames names;

    EventLinks(OrgSpotter orgs) {
        this.names = new LinkedNames(orgs);
        this.subjects = new EventSubjects(orgs);
    }

    private final EventSubjects subjects;

    /** "organisé par X et Y", "soutenu par Z", "avec le soutien de W", in tokens [from, to). */
    void organizersAndSponsors(EventRec e, Sent s, int from, int to) {
        for (int k = Math.max(0, from); k < to; k++) {
            Token t = s.tok(k);
            int byAt = byAfter(s, k);
            boolean by = byAt > 0;
            // "à l'initiative (conjointe) de X et Y"
            int joint = t.is("initiative") && s.tok(k + 1).is("conjointe", "commune") ? k + 1 : k;
            if (by && ORGANIZED.matcher(t.folded()).matches() || t.is("initiative") && s.tok(joint + 1).is("de", "du", "d'")) {
                e.organizers.addAll(entities(s, by ? byAt + 1 : joint + 2));
            } else if (s.tok(k + 1).is(":") && k <= 1 && ORGANIZERS_HEAD.matcher(t.folded()).matches()) {
                organizations(s, k + 2).forEach(e.organizers::add); // "Organisateurs : X, Y" in a programme
            } else if (s.tok(k + 1).is(":") && k <= 1 && SPONSORS_HEAD.matcher(t.folded()).matches()) {
                organizations(s, k + 2).forEach(e.sponsors::add); // "Partenaires : X, Y": partners support
            } else if (by && SUPPORTED.matcher(t.folded()).matches()) {
                e.sponsors.addAll(entities(s, byAt + 1));
            } else if ((co(t) || ORGANIZING.matcher(t.folded()).matches()) && s.tok(k + 1).is("avec", "with")) {
                // "coorganisé avec la Région", "nous organisons avec le centre social X": they organize too
                organizations(s, k + 2).forEach(e.organizers::add);
            } else if (by && HOSTED.matcher(t.folded()).matches()) {
                organizations(s, byAt + 1).forEach(e.organizers::add); // "accueilli par le maire" is no organizer
            } else if (t.is("egide", "auspices") && s.tok(k + 1).is("de", "du", "d'", "des", "of")
                    || t.is("invitation") && s.tok(k - 1).is("l'", "the") && s.tok(k + 1).is("de", "du", "d'", "of") && eventFollows(s, k)) {
                // "sous l'égide de l'Agence", "à l'invitation du Réseau, les Rencontres": the organization holds the event
                organizations(s, s.tok(k + 1).is("du", "des") ? k + 1 : k + 2).forEach(e.organizers::add);
            } else if (t.is("mecene", "mecenes", "patron", "sponsor") || t.is("mecenat") && s.tok(k + 1).is("de", "du", "d'")) {
                e.sponsors.addAll(patrons(s, k));
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
                e.participants.addAll(PresenceList.present(s, after));
            } else if (t.is("partenariat", "partnership") && s.tok(k + 1).is("avec", "with") && organizing(s, k)) {
                e.organizers.addAll(organizations(s, k + 2)); // "X organise ses rencontres en partenariat avec Y": Y organizes too
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

    /**
     * "À l'invitation du Réseau, les Rencontres X se sont tenues": the invitation opens a sentence
     * whose subject is the event. When the subject is someone invited ("À l'invitation de la Région,
     * l'association tenait un stand"), the invitation says who invited whom, not who organized.
     */
    private static boolean eventFollows(Sent s, int k) {
        int comma = s.find(k, ",");
        int head = s.tok(comma + 1).is("les", "le", "la", "l'", "the", "cette", "ce", "cet") ? comma + 2 : comma + 1;
        return comma > 0 && (Lexicon.get().eventLevel(s.tok(head).text().toLowerCase(java.util.Locale.ROOT)) != null
                || s.tok(head).isCapitalized() && s.orgAt(head) == null && s.personAt(head) == null);
    }

    /** A conjugated "organize" a few words before token k: "organise ses rencontres annuelles en partenariat avec". */
    private static boolean organizing(Sent s, int k) {
        for (int j = Math.max(0, k - 6); j < k; j++) {
            if (ORGANIZING.matcher(s.tok(j).folded()).matches()) {
                return true;
            }
        }
        return false;
    }

    private static boolean co(Token t) {
        return t.folded().startsWith("co") && ORGANIZED.matcher(t.folded()).matches();
    }

    /**
     * "la Fondation X, mécène de l'événement", "Mécènes : X et Y", "avec le mécénat de Z": the
     * organizations named as patrons. A person who is a patron ("mécène") is left out.
     */
    private List<Object> patrons(Sent s, int k) {
        if (s.tok(k + 1).is(":")) {
            return organizations(s, k + 2);
        }
        if (s.tok(k).is("mecenat")) {
            return organizations(s, s.tok(k + 1).is("du") ? k + 1 : k + 2);
        }
        int noun = s.tok(k + 1).is("du") ? k + 2 : k + 3;
        boolean ofTheEvent = s.tok(k + 1).is("de", "du", "of") && (s.tok(noun).is("evenement", "edition")
                || Lexicon.get().eventLevel(s.tok(noun).text().toLowerCase(java.util.Locale.ROOT)) != null);
        OrgOcc before = s.orgs.stream().filter(o -> o.end() == k - 1 && s.tok(k - 1).is(",")).findFirst().orElse(null);
        return before != null && ofTheEvent ? List.of(before.entry()) : List.of();
    }

    private List<Object> entities(Sent s, int i) {
        return names.entities(s, i);
    }

    private List<Object> organizations(Sent s, int i) {
        return entities(s, i).stream().filter(o -> o instanceof OrgRegistry.Entry).toList();
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

    /** "L'Agence organisait ... la journée": see {@link EventSubjects}. */
    void subjectOrganization(EventRec e, Sent s) {
        subjects.subjectOrganization(e, s);
    }
}
