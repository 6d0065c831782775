package org.communskg.importer.extract;

import java.util.ArrayList;
import java.util.List;
import org.communskg.importer.extract.Sent.OrgOcc;
import org.communskg.importer.extract.Sent.PersonOcc;
import org.communskg.importer.extract.text.Token;

/**
 * Finds the roles of the persons of a sentence: apposition ("X, directrice de Y,"), parentheses
 * ("X (Y)", "X et Z (r1 et r2 de Y)"), and a role before the name ("la députée X").
 */
final class RoleSpotter {
    /** A role found for a person; org may be null, role may be null (bare affiliation). */
    record RoleRec(PersonRegistry.Entry person, String role, OrgRegistry.Entry org, String sentence, double confidence) {
    }

    private final RoleLexicon roles;
    private final RolePhrase phrase;
    private final RoleCues cues;
    /** The publisher's entry when the article names it, for "Notre président, X". */
    OrgRegistry.Entry publisher;
    /** The publisher's name from the article's metadata, or null. */
    String publisherName;

    /**
     * The publisher, for "De notre correspondant, X" outside quotations: named in the text or, failing
     * that, registered from the metadata at the moment the article speaks as it.
     */
    private java.util.function.Supplier<OrgRegistry.Entry> speaker(Sent s) {
        return () -> {
            if (publisher == null && publisherName != null && !s.text.matches("(?s).*[«“\"].*")) {
                publisher = phrase.orgs().registry().register(publisherName, null, s.text, 0.75);
            }
            return publisher;
        };
    }

    RoleSpotter(RoleLexicon roles, OrgSpotter orgs) {
        this.roles = roles;
        this.phrase = new RolePhrase(roles, orgs);
        this.cues = new RoleCues(roles, phrase);
        this.elections = new ElectionCues(roles, phrase);
        this.parentheses = new RoleParentheses(roles, phrase);
        this.headers = new HeaderRoles(roles);
        this.membership = new MembershipCues(roles, phrase);
        this.beforeNames = new RolesBeforeName(roles, phrase);
        this.pronouns = new PronounSubjects(roles, phrase);
        this.affiliations = new AffiliationsAfter(phrase.orgs());
        this.seats = new VerbSeats(phrase);
    }

    private final PronounSubjects pronouns;

    private final AffiliationsAfter affiliations;

    private final VerbSeats seats;

    private final RolesBeforeName beforeNames;

    private final MembershipCues membership;

    private final HeaderRoles headers;

    private final RoleParentheses parentheses;

    private final ElectionCues elections;

    /**
     * Roles of the persons of s. subjectSentence is the latest sentence opening with an
     * organization (for "Sa porte-parole, X"), previous the sentence just before (for "Elle est
     * aussi administratrice de Y"); both may be null.
     */
    List<RoleRec> spot(Sent s, Sent subjectSentence, Sent previous) {
        List<RoleRec> out = new ArrayList<>();
        phrase.refs.previous = previous;
        out.addAll(pronouns.spot(s, previous));
        out.addAll(cues.respectively(s));
        out.addAll(elections.spot(s));
        out.addAll(headers.spot(s));
        out.addAll(membership.seats(s));
        for (PersonOcc p : List.copyOf(s.persons)) {
            Token next = s.tok(p.end());
            if (next.is(",")) {
                add(out, p, s, phrase.appositions(s, afterAdverb(s, p.end() + 1)), 0.9);
            } else if (next.is("(")) {
                parentheses.read(out, s, p);
            } else if (next.is("est", "etait", "is", "was")) {
                // "Sophie Lemarchand est journaliste indépendante", "X is director of Y"
                int start = s.tok(p.end() + 1).is("aussi", "egalement", "desormais", "also", "now") ? p.end() + 2 : p.end() + 1;
                if (roles.roleEnd(s, start) > 0) {
                    add(out, p, s, phrase.appositions(s, start), 0.8);
                }
            } else if (next.is("of", "from")) {
                OrgOcc o = phrase.orgs().orgAt(s, p.end() + 1, false); // "Sophie Brandt of the X Foundation"
                if (o != null) {
                    add(out, p, s, List.of(new RolePhrase.Part(null, o.entry())), 0.75);
                }
            }
            List<RolePhrase.Part> before = new ArrayList<>(beforeNames.beforeName(s, p));
            OrgOcc from = affiliations.of(s, p, !before.isEmpty());
            before.addAll(beforeNames.possessive(s, p, subjectSentence, speaker(s)));
            before.addAll(cues.verbAffiliation(s, p));
            before.addAll(cues.nationalityTitle(s, p));
            before.addAll(membership.orgTitle(s, p));
            add(out, p, s, membership.joins(s, p), 0.75);
            add(out, p, s, membership.chairedBy(s, p), 0.7);
            add(out, p, s, cues.relativeClause(s, p), 0.7);
            add(out, p, s, seats.spot(s, p), 0.7);
            if (from != null) {
                // "organiser Mia Schultz, from the Civic Data Lab": the role is held there.
                before.replaceAll(r -> r.org() == null ? new RolePhrase.Part(r.role(), from.entry()) : r);
                if (before.isEmpty()) {
                    before.add(new RolePhrase.Part(null, from.entry()));
                }
            }
            add(out, p, s, before, 0.75);
            if (s.tok(p.end()).is("et", "and") && s.personAt(p.end() + 1) != null && !beforeNames.possessive(s, p, subjectSentence, speaker(s)).isEmpty()) {
                add(out, s.personAt(p.end() + 1), s, beforeNames.possessive(s, p, subjectSentence, speaker(s)), 0.7);
            }
        }
        return RoleParentheses.mergeAffiliations(out);
    }

    /** "X, jusqu'ici trésorière,": a time adverb before the role is not part of it. */
    private int afterAdverb(Sent s, int i) {
        int afterTime = RoleTails.afterTime(s, i);
        if (afterTime > i) {
            return afterTime; // "X, jusqu'ici trésorière,", "X, depuis 2021 présidente de Y,"
        }
        if (s.tok(i).is("la", "le", "l'") && !s.tok(i).isCapitalized() && roles.roleEnd(s, i + 1) > 0) {
            return i + 1; // "X, la conseillère numérique de la Fabrique,"
        }
        if (s.tok(i).text().matches("(?iu)(ré)?élue?|nommée?|désignée?|reconduite?|appointed|elected|named") && roles.roleEnd(s, i + 1) > 0) {
            return i + 1; // "X, nommée directrice générale de Y,": the appointment is news, the role is what stays
        }
        return i;
    }

    /** The article's house organization, for "l'association" when no other one is named. */
    void house(OrgRegistry.Entry house) {
        phrase.refs.house = house;
    }

    /** The article's sentences, for "l'association" after "l'association X" was introduced. */
    void article(List<Sent> sents) {
        phrase.refs.article = sents;
    }

    /** The persons coordinated right before p ("A, B et p"), p included, in order. */
    static List<PersonOcc> coordinated(Sent s, PersonOcc p) {
        List<PersonOcc> group = new ArrayList<>();
        group.add(p);
        int k = p.start() - 1;
        while (k > 0 && s.tok(k).is("et", "and", ",")) {
            PersonOcc q = endingAt(s, k);
            if (q == null) {
                break;
            }
            group.add(0, q);
            k = q.start() - 1;
        }
        return group;
    }

    static PersonOcc endingAt(Sent s, int end) {
        return s.persons.stream().filter(q -> q.end() == end).findFirst().orElse(null);
    }

    static void add(List<RoleRec> out, PersonOcc p, Sent s, List<RolePhrase.Part> parts, double conf) {
        for (RolePhrase.Part part : parts) {
            out.add(new RoleRec(p.entry(), part.role(), part.org(), s.text, conf));
        }
    }
}
