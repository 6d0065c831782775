package org.communskg.importer.extract;

import java.util.List;
import org.communskg.importer.extract.Sent.OrgOcc;
import org.communskg.importer.extract.Sent.PersonOcc;

/**
 * Roles written before the name: with an article ("la députée X", "La directrice générale de
 * l'Agence Y, X") or a possessive whose owner is named elsewhere ("Sa porte-parole, X", "Notre
 * président, X", "The ODI's director, X").
 */
final class RolesBeforeName {
    private final RoleLexicon roles;
    private final RolePhrase phrase;

    RolesBeforeName(RoleLexicon roles, RolePhrase phrase) {
        this.roles = roles;
        this.phrase = phrase;
    }

    /** "Sa porte-parole, X": the organization is the subject of the sentence before. */
    List<RolePhrase.Part> possessive(Sent s, PersonOcc p, Sent prev, java.util.function.Supplier<OrgRegistry.Entry> publisher) {
        PersonOcc head = RoleSpotter.coordinated(s, p).get(0); // "ses membres, A et B": B shares A's role
        // "Notre président, X" and "animée par notre coordinateur X": with or without the comma.
        int j = s.tok(head.start() - 1).is(",") ? head.start() - 1 : head.start();
        for (int k = Math.max(0, j - 5); k < j; k++) {
            if (s.tok(k).is("notre", "nos", "our") && roles.roleEnd(s, k + 1) == j && publisher.get() != null) {
                return List.of(new RolePhrase.Part(s.span(k + 1, j), publisher.get())); // the publisher speaks
            }
            int apostrophe = k;
            OrgOcc owner = s.orgs.stream().filter(o -> o.end() == apostrophe).findFirst().orElse(null);
            if (owner != null && s.tok(k).text().matches("'s|’s") && roles.roleEnd(s, k + 1) == j) {
                return List.of(new RolePhrase.Part(s.span(k + 1, j), owner.entry())); // "The ODI's director, X"
            }
            if (s.tok(k).is("son", "sa", "ses", "its", "their", "leur", "leurs") && fills(s, k + 1, j)) {
                // The organization is the subject of this sentence, else of a sentence just before.
                int at = k;
                OrgOcc subject = s.orgs.stream().filter(o -> o.start() < at && o.start() <= 8).findFirst()
                        .orElse(prev == null ? null : prev.orgs.stream().filter(o -> o.start() <= 2).findFirst().orElse(null));
                OrgRegistry.Entry holder = subject != null ? subject.entry() : soleOrganization(prev);
                return holder == null ? List.of() : List.of(new RolePhrase.Part(s.span(k + 1, j), holder));
            }
        }
        return List.of();
    }

    /** The role noun at i, with a lower-case complement up to j: "chargé de plaidoyer", "adjointe aux solidarités". */
    private boolean fills(Sent s, int i, int j) {
        int end = roles.roleEnd(s, i);
        if (end < 0 || end > j) {
            return false;
        }
        for (int k = end; k < j; k++) {
            if (s.tok(k).isCapitalized() || !s.tok(k).isWord() && !s.tok(k).text().equals("'")) {
                return false;
            }
        }
        return true;
    }

    /** "… l'expertise de Wikimédia France. Son chargé de plaidoyer, X": the one organization the sentence before names. */
    private static OrgRegistry.Entry soleOrganization(Sent prev) {
        List<OrgRegistry.Entry> named = prev == null ? List.of() : prev.orgs.stream().map(OrgOcc::entry).distinct().toList();
        return named.size() == 1 ? named.get(0) : null;
    }

    /** "Le député X", "La directrice générale de l'Agence Y, X". */
    List<RolePhrase.Part> beforeName(Sent s, PersonOcc p) {
        int end = p.start();
        if (s.tok(end - 1).is(",")) {
            end--;
        }
        for (int j = Math.max(0, end - 15); j < end; j++) {
            // After a comma only when no person closes before it: in "A, adjointe au maire, B" the role is A's.
            boolean afterComma = s.tok(j - 1).is(",") && RoleSpotter.endingAt(s, j - 1) == null;
            boolean determined = j == 0 || s.tok(j - 1).is("le", "la", "l'", "the", "said") || afterComma;
            // "Ingénieure agronome de formation, X": a training, not a post.
            boolean training = s.tok(end - 1).is("formation", "training") && s.tok(end - 2).is("de", "by")
                    || s.tok(end - 1).text().matches("\\d{4}") && s.tok(end - 2).is("en", "depuis", "in", "since"); // "Élue en 2024, X"
            // "Le trésorier sortant cède sa place à X": a role before a preposition belongs to someone else.
            boolean preposition = s.tok(end - 1).is("a", "au", "par", "pour", "avec", "de", "d'", "to", "by", "with", "for");
            if (determined && roles.roleEnd(s, j) > 0 && clean(s, j, end) && !training && !preposition) {
                return phrase.segment(s, j, end);
            }
        }
        return List.of();
    }

    private static boolean clean(Sent s, int from, int to) {
        for (int k = from; k < to; k++) {
            // An acronym in parentheses belongs to the organization's name: "de l'Agence X (APIN), Y".
            boolean acronymParen = s.tok(k).is("(") && s.tok(k + 1).isAcronymLike() && s.tok(k + 2).is(")");
            if (acronymParen) {
                k += 2;
                continue;
            }
            if (s.tok(k).text().matches("[,.;:()«»“”\"!?]") || RoleSpotter.endingAt(s, k + 1) != null) {
                return false;
            }
        }
        return true;
    }
}
