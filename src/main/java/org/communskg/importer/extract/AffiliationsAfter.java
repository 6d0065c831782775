package org.communskg.importer.extract;

import org.communskg.importer.extract.Sent.OrgOcc;
import org.communskg.importer.extract.Sent.PersonOcc;

/**
 * The organization written after a person's name without a role: ", de la Fondation X,", ", from
 * the X Lab.", and the same after persons coordinated before it ("A et B, de l'université de Y",
 * "A and B of the Y Lab"), which they share.
 */
final class AffiliationsAfter {
    private final OrgSpotter orgs;

    AffiliationsAfter(OrgSpotter orgs) {
        this.orgs = orgs;
    }

    /** p's affiliation after its name, or after the last person coordinated with it (when p has no title of its own); null when none. */
    OrgOcc of(Sent s, PersonOcc p, boolean titled) {
        OrgOcc own = after(s, p);
        if (own != null || titled) {
            return own; // "l'économiste A et B, de la Fondation Y": A is listed for another reason
        }
        PersonOcc last = p;
        while (s.tok(last.end()).is("et", "and", ",") && s.personAt(last.end() + 1) != null) {
            last = s.personAt(last.end() + 1);
        }
        if (last == p) {
            return null;
        }
        OrgOcc shared = after(s, last);
        return shared != null ? shared : ofPhrase(s, last.end()); // "A and B of the University of Ghent"
    }

    /** "of the University of Ghent." right after a name, closing the phrase; null otherwise. */
    private OrgOcc ofPhrase(Sent s, int i) {
        if (!s.tok(i).is("of", "from")) {
            return null;
        }
        int k = s.tok(i + 1).is("the") ? i + 2 : i + 1;
        OrgOcc o = s.orgAt(k) != null ? s.orgAt(k) : orgs.orgAt(s, i + 1, false);
        return o != null && closes(s, o) ? o : null;
    }

    /** ", de la Fondation X," / ", from the X Lab.": an affiliation closing an apposition. */
    private OrgOcc after(Sent s, PersonOcc p) {
        int i = p.end();
        if (s.tok(i).is(",") && s.tok(i + 1).is("a") && s.tok(i + 2).is("la") && s.tok(i + 3).is("tete")) {
            i += 3; // ", à la tête de la Coopérative X"
        }
        if (!s.tok(i).is(",", "tete") || !s.tok(i + 1).is("de", "du", "d'", "from", "of")) {
            return null;
        }
        OrgOcc o = s.orgAt(i + 1) != null ? s.orgAt(i + 1) : orgs.orgAt(s, i + 2, false);
        return o != null && closes(s, o) ? o : null;
    }

    private static boolean closes(Sent s, OrgOcc o) {
        return s.tok(o.end()).text().matches("[,.;)]|") || s.tok(o.end()).is("depuis", "since");
    }
}
