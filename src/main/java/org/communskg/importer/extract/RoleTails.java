package org.communskg.importer.extract;

import org.communskg.importer.extract.Sent.OrgOcc;

/**
 * Tails after role words that say who employs the person or since when, not what the role is:
 * "conseillère numérique recrutée par l'association en 2024", "coordinatrice depuis la création
 * du réseau en 2020". The tail is cut from the role and names its organization, directly or as
 * the article's one organization of that kind.
 *
 * <pre>{@code
 * RolePhrase.Part p = RoleTails.at(sentence, roleStart, tokenIndex, backReferences); // null when no tail starts there
 * }</pre>
 */
final class RoleTails {
    private RoleTails() {
    }

    /** The role [a, k) and the organization the tail at k names, or null when no tail starts at k. */
    static RolePhrase.Part at(Sent s, int a, int k, BackReferences refs) {
        int det = -1;
        if (s.tok(k).folded().matches("(recrute|embauche|engage|salarie)e?s?") && s.tok(k + 1).is("par")) {
            det = k + 2;
        } else if (s.tok(k).is("depuis") && s.tok(k + 1).is("la") && s.tok(k + 2).is("creation", "fondation", "naissance") && s.tok(k + 3).is("du", "de")) {
            det = s.tok(k + 3).is("du") ? k + 3 : k + 4;
        }
        if (det < 0) {
            return null;
        }
        OrgOcc named = s.orgAt(det) != null ? s.orgAt(det) : s.orgAt(det + 1);
        return new RolePhrase.Part(RolePhrase.clean(s.span(a, k)), named != null ? named.entry() : refs.backReference(s, det));
    }

    /** After "jusqu'ici", "jusque-là", "auparavant" or "depuis 2023" at k: the index where the role may start. */
    static int afterTime(Sent s, int k) {
        if (s.tok(k).is("jusqu'") && s.tok(k + 1).is("ici", "alors", "a present")) {
            return k + 2;
        }
        if (s.tok(k).is("depuis", "since") && s.tok(k + 1).text().matches("\\d{4}")) {
            return k + 2;
        }
        return s.tok(k).is("auparavant", "jusque-la", "precedemment", "previously", "formerly") ? k + 1 : k;
    }
}
