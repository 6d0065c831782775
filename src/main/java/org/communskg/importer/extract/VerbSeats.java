package org.communskg.importer.extract;

import java.util.ArrayList;
import java.util.List;
import org.communskg.importer.extract.Sent.OrgOcc;
import org.communskg.importer.extract.Sent.PersonOcc;

/**
 * Roles said by a chain of verbs after a name, as profiles write them: "X, who chairs the Belgian
 * open data association Y and sits on the board of Z", "X, qui siège au conseil d'administration de
 * Z", "X, qui préside aujourd'hui l'association" (the association the article introduced). The
 * organization must follow its verb or the noun of its kind, so a clause about something else
 * ("chairs the committee that advises Y") gives nothing.
 */
final class VerbSeats {
    private final RolePhrase phrase;

    VerbSeats(RolePhrase phrase) {
        this.phrase = phrase;
    }

    /** The roles said by the verbs whose subject is p, in order. */
    List<RolePhrase.Part> spot(Sent s, PersonOcc p) {
        List<RolePhrase.Part> out = new ArrayList<>();
        int v = p.end();
        if (s.tok(v).is(",") && s.tok(v + 1).is("qui", "who")) {
            v += 2;
        }
        for (int clauses = 0; clauses < 3; clauses++) {
            int[] end = {-1};
            RolePhrase.Part part = clause(s, adverbs(s, v), end);
            if (part == null) {
                break;
            }
            out.add(part);
            if (!s.tok(end[0]).is("and", "et")) {
                break;
            }
            v = end[0] + 1;
        }
        return out;
    }

    /** The role said by the verb at v and where its organization ends (end[0]); null when none. */
    private RolePhrase.Part clause(Sent s, int v, int[] end) {
        OrgOcc o = null;
        String role = null;
        if (s.tok(v).is("sits", "sat", "siege", "siegeait", "siegera") && s.tok(v + 1).is("on") && s.tok(v + 2).is("the")
                && s.tok(v + 3).is("board") && s.tok(v + 4).is("of")) {
            role = "board member";
            o = phrase.orgs().orgAt(s, v + 5, OrgSpotter.Plain.NAMES); // "the board of" vouches for a name of two words
        } else if (s.tok(v).is("siege", "siegeait", "siegera") && s.tok(v + 1).is("au")) {
            int body = s.tok(v + 2).is("conseil") && s.tok(v + 3).is("d'") && s.tok(v + 4).is("administration") ? v + 5
                    : s.tok(v + 2).is("bureau") ? v + 3 : -1;
            role = body == v + 5 ? "membre du conseil d'administration" : "membre du bureau";
            o = body > 0 && s.tok(body).is("de", "du", "d'") ? phrase.orgs().orgAt(s, body + 1, OrgSpotter.Plain.NAMES) : null;
        } else if (s.tok(v).is("chairs", "preside", "copreside")) {
            role = s.tok(v).is("chairs") ? "chair" : s.tok(v).is("preside") ? "président" : "coprésident";
            int obj = adverbs(s, v + 1);
            OrgRegistry.Entry ref = PlainNames.GENERIC.contains(s.tok(obj + 1).folded()) && !s.tok(obj + 2).isCapitalized()
                    ? phrase.backReference(s, obj) : null; // "qui préside aujourd'hui l'association"
            if (ref != null) {
                end[0] = obj + 2;
                return new RolePhrase.Part(role, ref);
            }
            o = described(s, obj);
        }
        if (o == null) {
            return null;
        }
        end[0] = o.end();
        return new RolePhrase.Part(role, o.entry());
    }

    /** "the French digital inclusion association Y": an organization right after the verb, or after the noun of its kind. */
    private OrgOcc described(Sent s, int obj) {
        for (int k = obj; k < obj + 8 && s.tok(k).isWord() && s.personAt(k) == null; k++) {
            OrgOcc o = s.orgAt(k);
            boolean near = k <= obj + 1 || PlainNames.GENERIC.contains(s.tok(k - 1).folded());
            if (o != null) {
                return near ? o : null;
            }
        }
        return null;
    }

    private static int adverbs(Sent s, int k) {
        int i = RoleTails.afterTime(s, k);
        return s.tok(i).is("aujourd'hui", "desormais", "toujours", "encore", "aussi", "egalement", "also", "now", "currently", "still")
                ? i + 1 : i;
    }
}
