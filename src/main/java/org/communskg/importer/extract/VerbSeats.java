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
            int at = adverbs(s, v);
            RolePhrase.Part part = clause(s, at, end);
            if (part == null) {
                part = moves(s, at, end, out); // "left X to run Y"
            }
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

    /**
     * "who recently left X, the …, to run Y", "a quitté X pour diriger Y": the person was at X and is
     * now at Y, neither with a role the verbs name; the part at X goes to out, the one at Y is returned.
     */
    private RolePhrase.Part moves(Sent s, int v, int[] end, List<RolePhrase.Part> out) {
        int obj = s.tok(v).is("a") && s.tok(v + 1).is("quitte") ? v + 2 : s.tok(v).is("left", "quitte") ? v + 1 : -1;
        OrgOcc left = obj < 0 ? null : phrase.orgs().orgAt(s, obj, OrgSpotter.Plain.NAMES);
        if (left == null) {
            return null;
        }
        for (int k = left.end(); k < left.end() + 15 && !s.tok(k).text().matches("[.;:!?«»\"]|") && s.personAt(k) == null; k++) {
            int to = s.tok(k).is("to") && s.tok(k + 1).is("run", "lead", "head", "join") ? k + 2
                    : s.tok(k).is("pour") && s.tok(k + 1).is("diriger", "rejoindre") ? k + 2 : -1;
            OrgOcc next = to < 0 ? null : phrase.orgs().orgAt(s, to, OrgSpotter.Plain.NAMES);
            if (next != null) {
                out.add(new RolePhrase.Part(null, left.entry()));
                end[0] = next.end();
                return new RolePhrase.Part(null, next.entry());
            }
        }
        end[0] = left.end();
        return new RolePhrase.Part(null, left.entry());
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
        return s.tok(i).is("aujourd'hui", "desormais", "toujours", "encore", "aussi", "egalement", "also", "now", "currently", "still", "recently", "recemment")
                ? i + 1 : i;
    }
}
