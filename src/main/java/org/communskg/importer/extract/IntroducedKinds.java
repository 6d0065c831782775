package org.communskg.importer.extract;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.communskg.importer.extract.Sent.OrgOcc;

/**
 * The organizations an article introduces with a common noun, so that the noun alone refers back
 * to them: "l'association Les Fileurs", "La Filature, nouveau tiers-lieu," make "recruté par
 * l'association" and "coordinateur du tiers-lieu" name Les Fileurs and La Filature.
 *
 * <pre>{@code
 * Set<OrgRegistry.Entry> associations = IntroducedKinds.of(sentences, "association");
 * }</pre>
 */
final class IntroducedKinds {
    /** Words that may stand between a name's comma and its noun: "La Filature, un nouveau tiers-lieu". */
    private static final Set<String> BETWEEN = Set.of("un", "une", "le", "la", "l'", "nouveau", "nouvel", "nouvelle", "jeune", "petit",
            "petite", "grande", "grand", "cette", "ce");

    private IntroducedKinds() {
    }

    /** Entries introduced anywhere in the article by that folded noun, before or after their name. */
    static Set<OrgRegistry.Entry> of(List<Sent> sents, String noun) {
        Set<OrgRegistry.Entry> found = new LinkedHashSet<>();
        for (Sent s : sents) {
            for (OrgOcc o : s.orgs) {
                if (introducedBefore(s, o, noun) || introducedAfter(s, o, noun)) {
                    found.add(o.entry());
                }
            }
        }
        return found;
    }

    /** "l'association Les Fileurs", or a name that itself opens on the noun. */
    private static boolean introducedBefore(Sent s, OrgOcc o, String noun) {
        return isNoun(s, o.start() - 1, noun) || isNoun(s, o.start(), noun) && s.tok(o.start() - 1).is("l'", "la", "le", "du", "de");
    }

    /** "La Filature, nouveau tiers-lieu,": an apposition of the noun right after the name. */
    private static boolean introducedAfter(Sent s, OrgOcc o, String noun) {
        if (!s.tok(o.end()).is(",")) {
            return false;
        }
        for (int k = o.end() + 1; k <= o.end() + 3; k++) {
            if (isNoun(s, k, noun)) {
                return true;
            }
            if (!BETWEEN.contains(s.tok(k).folded())) {
                return false;
            }
        }
        return false;
    }

    private static boolean isNoun(Sent s, int k, String noun) {
        // "la SCIC Les Fileuses", "la Scop Atelier Cinq": the legal form says it is a cooperative.
        return !s.tok(k).isCapitalized() && s.tok(k).folded().equals(noun) || noun.equals("cooperative") && s.tok(k).is("scic", "scop");
    }
}
