package org.communskg.importer.extract;

import java.util.ArrayList;
import java.util.List;
import org.communskg.importer.extract.RoleSpotter.RoleRec;
import org.communskg.importer.extract.Sent.PersonOcc;

/**
 * Roles of a person the sentence names only by a pronoun, taken from the sentence before:
 * "Elle est aussi administratrice du réseau Y", "Il était depuis 2023 directeur des opérations de
 * la coopérative", and a role put first, "Cofondatrice de la Scic Z, elle siège au bureau depuis 2023".
 * The person is the one opening the sentence before, or its only person; nobody when it has several.
 *
 * <pre>{@code
 * List<RoleRec> recs = new PronounSubjects(roleLexicon, rolePhrase).spot(sentence, previousSentence);
 * }</pre>
 */
final class PronounSubjects {
    private final RoleLexicon roles;
    private final RolePhrase phrase;

    PronounSubjects(RoleLexicon roles, RolePhrase phrase) {
        this.roles = roles;
        this.phrase = phrase;
    }

    List<RoleRec> spot(Sent s, Sent previous) {
        PersonOcc subject = previous == null ? null : subject(previous);
        if (subject == null) {
            return List.of();
        }
        int start = -1;
        if (s.tok(0).is("il", "elle", "he", "she") && s.tok(1).is("est", "etait", "is", "was")) {
            start = RoleTails.afterTime(s, 2); // "Il était depuis 2023 directeur des opérations"
            start += s.tok(start).is("aussi", "egalement", "desormais", "also", "now", "par ailleurs") ? 1 : 0;
        } else if (s.persons.isEmpty() && roles.roleEnd(s, 0) > 0 && frontedBeforePronoun(s)) {
            start = 0; // "Cofondateur et coordinateur du tiers-lieu X, inauguré en avril, il siégeait …"
        }
        List<RoleRec> out = new ArrayList<>();
        if (start >= 0 && roles.roleEnd(s, start) > 0) {
            List<RolePhrase.Part> parts = start == 0 ? phrase.segment(s, 0, s.find(0, ",")) : phrase.appositions(s, start);
            for (RolePhrase.Part part : parts) {
                String role = start == 0 && part.role() != null && !part.role().matches("\\p{Lu}{2}.*") ? lowerFirst(part.role()) : part.role();
                out.add(new RoleRec(subject.entry(), role, part.org(), s.text, 0.65));
            }
        }
        return out;
    }

    /** The person opening the sentence, or its only person; null otherwise. */
    private static PersonOcc subject(Sent previous) {
        return previous.persons.stream().filter(q -> q.start() <= 2).findFirst()
                .orElse(previous.persons.stream().map(PersonOcc::entry).distinct().count() == 1 ? previous.persons.get(0) : null);
    }

    /** A comma then "il"/"elle" within the sentence's first clauses: the fronted words describe the subject. */
    private static boolean frontedBeforePronoun(Sent s) {
        int comma = s.find(0, ",");
        for (int clauses = 0; comma > 0 && clauses < 3; clauses++) {
            if (s.tok(comma + 1).is("il", "elle", "he", "she")) {
                return true;
            }
            comma = s.find(comma + 1, ",");
        }
        return false;
    }

    /** "Cofondatrice" opening the sentence is the role noun "cofondatrice". */
    private static String lowerFirst(String role) {
        return Character.toLowerCase(role.charAt(0)) + role.substring(1);
    }
}
