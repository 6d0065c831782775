package org.communskg.importer.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.communskg.importer.extract.Sent.PersonOcc;

/**
 * Who spoke at a session (its moderator is {@link ModeratorCues}'s): "Y sont intervenus A, B et C",
 * "X a présenté ...", "X est intervenu lors de la table ronde", "delivered by X".
 */
final class SpeakerCues {
    private static final Pattern DELIVERED = Pattern.compile("delivered|given|prononc[ée]e?s?|donn[ée]e?s?|assur[ée]e?s?");
    private static final Pattern SPEECH = Pattern.compile("(?iu)\\b(a|ont|avait|has|had)\\b.{0,40}?\\b(expos|présent|soulev|annonc|"
            + "rappel|détaill|expliqu|soulign|plaid|défend|évoqu|partag|insist|témoign|décrit|abord|montr|illustr|"
            + "propos|interv|pris la parole|débattu|échangé|discuté|anim|racont|conclu|cité|pointé|alert|dénonc|reconnu)|"
            + "\\b(est|sont) venue?s? (présent|témoign|parl|expliqu|expos|partag|racont)|"
            + "\\b(argued|presented|presenting|explained|spoke|discussed|highlighted|described|stressed|warned|noted|"
            + "closed|opened|recounted)\\b");
    private static final Pattern LISTED = Pattern.compile("(?iu)\\b(sont intervenu(e)?s|intervenaient|participaient|autour d'elle|autour de lui|autour d'eux|y particip(eront|ent|aient)|participeront|interviendront|prendront la parole|a donné la parole à|donnera la parole à|la parole (a |est |fut )?(ensuite |alors )?(été )?donnée à|a fait dialoguer|fera dialoguer|a opposé|a vu s'affronter|a confronté|gave the floor to|pitted|"
            + "ont pris la parole|se sont exprimé(e)?s|y ont (débattu|échangé|témoigné|dialogué)|réunissait|a réuni|ont réuni|réunira|accueillera|a accueilli|accueillait|brought together|"
            + "a rassemblé|rassemblait|ont rassemblé|"
            + "aux côtés de|autour de la table|autour de (?=\\p{Lu})|autour d'(?=\\p{Lu})|avec la participation de|en compagnie de|featuring|se sont succédé|"
            // "un collectif rassemblant X et Y" says nothing of speaking: only a session or event gathers speakers so
            + "(table ronde|débat|panel|atelier|plénière|session|conférence|soirée|rencontre|journée)[^.;]{0,80}?\\b(réunissant|rassemblant)|"
            + "(avec les |les )?interventions de|joined by|with remarks from|with contributions from|(panel|line-?up) included|"
            + "ont participé|étaient présent(e)?s|étaient présent·e·s|were present|speakers included|speakers will include|speakers include|panelists included|featured|will feature|"
            + "intervenants?( \\S+)?\\s*:|intervenantes?( \\S+)?\\s*:|avec comme intervenant|"
            + "parmi les (intervenants|intervenantes|invités|participants|panélistes)|"
            + "(intervenants|intervenantes|invités|panélistes|speakers|panelists)\\b[^.;«“\"]{0,80}?\\b(dont|parmi lesquels|included|include|including))");

    /** "delivered a keynote", "a donné une conférence": the subject gives the session named after it. */
    private static final Pattern GIVES = Pattern.compile(
            "(?iu)^[^«“\"]{0,80}?\\b(delivered|gave|gives|will deliver|will give|a donné|donnera|a prononcé|prononcera|"
            + "a présenté|présentera|présentait|a animé|animera|animait|joined|will join|a rejoint|rejoindra)\\b[^,;«“\"]{0,20}$");
    private static final RoleLexicon ROLES = new RoleLexicon();

    private SpeakerCues() {
    }

    /**
     * "X, policy lead at Y, delivered a keynote titled « … »": the person who opens the sentence,
     * when a giving verb leads from them to the session noun at {@code kindAt}.
     */
    static PersonOcc givingSubject(Sent s, int kindAt) {
        PersonOcc first = s.persons.stream().filter(p -> p.end() <= kindAt).min((a, b) -> a.start() - b.start()).orElse(null);
        if (first == null || kindAt <= first.end() || !GIVES.matcher(s.span(first.end(), kindAt)).find()) {
            return null;
        }
        boolean more = s.persons.stream().anyMatch(p -> p != first && p.end() <= kindAt);
        return more ? null : first; // with two names before the verb, who gives it is unclear
    }

    /** "The keynote was delivered by X", "la conférence donnée par X". */
    static PersonRegistry.Entry deliveredBy(Sent s) {
        for (int k = 0; k + 2 < s.toks.size(); k++) {
            if (DELIVERED.matcher(s.tok(k).folded()).matches() && s.tok(k + 1).is("par", "by")) {
                int from = k + 2;
                PersonOcc p = s.persons.stream().filter(q -> q.start() >= from && q.start() <= from + 3)
                        .min((a, b) -> a.start() - b.start()).orElse(null);
                if (p != null) {
                    return p.entry();
                }
            }
        }
        return null;
    }

    /** Persons after "Y sont intervenus", "Speakers included"... */
    static List<PersonOcc> listedSpeakers(Sent s) {
        var m = LISTED.matcher(s.text);
        if (!m.find()) {
            return List.of();
        }
        int at = m.start();
        return s.persons.stream().filter(p -> s.tok(p.start()).start() > at).toList();
    }

    private static final Pattern INTERVENED = Pattern.compile(
            "(?iu)^[^.;«“\"]{0,40}?\\b(est intervenue?|a pris la parole|a participé|s'est exprimée?|spoke|took part|participated)\\b");

    /** The person opening a sentence that says they spoke at, or took part in, what follows. */
    static PersonOcc intervenedSubject(Sent s) {
        PersonOcc first = s.persons.stream().min((a, b) -> a.start() - b.start()).orElse(null);
        if (first == null || first.start() > 4 || !INTERVENED.matcher(s.span(first.end(), s.toks.size())).find()) {
            return null;
        }
        return first;
    }

    /**
     * "Lors de la table ronde « … », A, B et C ont pris la parole": the persons that open the
     * clause after token {@code from}, when their verb says they spoke.
     */
    static List<PersonOcc> subjectsAfter(Sent s, int from, boolean anyVerb) {
        PersonOcc first = s.persons.stream().filter(p -> p.start() > from).min((a, b) -> a.start() - b.start()).orElse(null);
        if (first == null || !s.tok(first.start() - 1).is(",")) {
            return List.of();
        }
        List<PersonOcc> out = new ArrayList<>(List.of(first));
        int v = first.end();
        while (s.tok(v).is(",", "et", "and") && s.personAt(v + 1) != null) {
            out.add(s.personAt(v + 1));
            v = s.personAt(v + 1).end();
        }
        String rest = s.span(v, s.toks.size());
        boolean spoke = rest.matches("(?isu)^\\s*(ont|a|have|has)\\s+(pris la parole|débattu|échangé|témoigné|présenté|exposé|discuté|"
                + "spoken|debated|presented|discussed)\\b.*") || rest.matches("(?isu)^\\s*(sont|est) intervenu.*|^\\s*(spoke|debated|presented)\\b.*");
        // A keynote has one speaker: whoever the clause is about gives it ("In a keynote titled ..., X said").
        boolean verb = rest.matches("(?isu)^\\s*(\\p{Ll}+\\s+)?\\p{Ll}+.*") || rest.matches("(?su)^\\s*,.*");
        return spoke || anyVerb && out.size() == 1 && verb ? out : List.of();
    }

    /** The person a sentence opens with, when it says what they presented or argued. */
    static List<PersonOcc> speakingSubjects(Sent s) {
        PersonOcc first = speakingSubject(s);
        if (first == null) {
            return List.of();
        }
        List<PersonOcc> out = new ArrayList<>(List.of(first));
        int v = first.end();
        while (s.tok(v).is(",", "et", "and")) {
            PersonOcc next = s.personAt(v + 1);
            if (next == null) {
                break;
            }
            out.add(next); // "Léa X, Marc Y et Inès Z ont débattu ..."
            v = next.end();
        }
        return out;
    }

    static PersonOcc speakingSubject(Sent s) {
        PersonOcc first = s.persons.stream().min((a, b) -> a.start() - b.start()).orElse(null);
        if (first != null && first.start() == 1 && s.tok(0).is("pour", "selon", "for") && s.text.matches(".*[«“\"].*")) {
            return first; // "Pour X, « … »": an opinion voiced on stage
        }
        return subject(s, SPEECH);
    }

    /** The person the sentence opens with (a title or an adverb before the name allowed), when {@code verb} follows. */
    static PersonOcc subject(Sent s, Pattern verb) {
        PersonOcc first = s.persons.stream().min((a, b) -> a.start() - b.start()).orElse(null);
        if (first == null || !verb.matcher(s.span(first.end(), s.toks.size())).find()) {
            return null;
        }
        if (first.start() == 3 && s.tok(0).is("notre", "son", "sa", "leur", "our", "its", "their") && s.tok(2).is(",")) {
            return first; // "Notre président, X, y a animé un atelier"
        }
        if (titledBefore(s, first)) {
            return first; // "La directrice de l'Agence X (AX), Nolwenn Y, a présenté ..."
        }
        for (int k = 0; k < first.start(); k++) {
            // "C'est X, président de Y, qui a ouvert les débats": the cleft opens on the subject too.
            if (!s.tok(k).is("enfin", "puis", "ensuite", "a", "ses", "cotes", ",", "de", "son", "cote", "pour", "sa", "c'", "est", "it", "was",
                    "part", "quant", "finally", "then", "also", "et")) {
                return null;
            }
        }
        return first;
    }


    /**
     * The sentence opens with the person's title: "La sénatrice X", "Le directeur de la Y, X,".
     * Only a role noun, its organization and punctuation may stand before the name.
     */
    private static boolean titledBefore(Sent s, PersonOcc first) {
        if (!s.tok(0).is("le", "la", "l'", "the") || ROLES.roleEnd(s, 1) < 0 || first.start() > 20) {
            return false;
        }
        int roleEnd = ROLES.roleEnd(s, 1);
        while (roleEnd < first.start() && roleEnd < 5 && s.tok(roleEnd).isWord() && !s.tok(roleEnd).isCapitalized()
                && !s.tok(roleEnd).is("a", "est", "ont", "qui", "que", "has", "is", "who", "de", "du", "des", "d'", "of", "at")) {
            roleEnd++; // "directrice générale", "chargée de mission": the rest of the title
        }
        for (int k = roleEnd; k < first.start(); k++) {
            boolean allowed = s.tok(k).is(",", "(", ")", "de", "du", "des", "d'", "la", "l'", "le", "of", "at", "the")
                    || s.covered(k) && s.personAt(k) == null || s.tok(k).isAcronymLike() && s.tok(k - 1).is("(");
            if (!allowed) {
                return false;
            }
        }
        return true;
    }
}
