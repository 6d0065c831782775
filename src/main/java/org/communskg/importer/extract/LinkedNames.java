package org.communskg.importer.extract;

import java.util.ArrayList;
import java.util.List;
import org.communskg.importer.extract.Sent.OrgOcc;
import org.communskg.importer.extract.Sent.PersonOcc;

/** The persons and organizations a link phrase names, in a row: "par X, Y et Z, ainsi que par W". */
final class LinkedNames {
    private final OrgSpotter orgs;

    LinkedNames(OrgSpotter orgs) {
        this.orgs = orgs;
    }

    /** After ", ainsi que par" / "as well as by" (where the next name starts), or i. */
    private static int alsoAfter(Sent s, int i) {
        int k = s.tok(i).is(",") ? i + 1 : i;
        if (s.tok(k).is("ainsi") && s.tok(k + 1).is("que")) {
            k += 2;
        } else if (s.tok(k).is("as") && s.tok(k + 1).is("well") && s.tok(k + 2).is("as")) {
            k += 3;
        } else {
            return i;
        }
        return s.tok(k).is("par", "by", "de", "d'") ? k + 1 : k;
    }

    /**
     * "sponsored by the cooperative bank Mutua Verde", "par l'association X": a determiner and up to
     * two lower-case words describing the organization that follows. Returns where it starts, or i.
     */
    private int pastDescriptor(Sent s, int i) {
        if (s.personAt(i) != null || orgs.orgAt(s, i, true) != null || !s.tok(i).is("the", "a", "le", "la", "l'", "les")) {
            return i;
        }
        for (int k = i + 1; k <= i + 3 && s.tok(k).isWord() && !s.tok(k).isCapitalized(); k++) {
            if (s.orgAt(k + 1) != null) {
                return k + 1;
            }
        }
        return i;
    }

    /** The persons and organizations named from token i on: "X, Y et Z", "X ainsi que Y". */
    List<Object> entities(Sent s, int i) {
        List<Object> out = new ArrayList<>();
        if (s.tok(i).is("du", "des", "au", "aux") && s.orgAt(i) == null && s.personAt(i) == null) {
            i++; // "le soutien du Crédit X": the article is contracted with the preposition
        }
        i = pastDescriptor(s, i);
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
            int also = alsoAfter(s, i);
            if (also > i) {
                i = also; // "par X et Y, ainsi que par Z"
                continue;
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
