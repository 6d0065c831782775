package org.communskg.importer.extract;

import java.util.List;
import org.communskg.importer.extract.Sent.OrgOcc;

/**
 * Organizations that close a role phrase rather than follow its preposition: a signature
 * ("Par X, chargée de communication, Fédération Y · 3 mars") and the unit after an English
 * genitive ("head of unit at the Commission's DG CONNECT").
 */
final class TrailingOrgs {
    private final OrgSpotter orgs;

    TrailingOrgs(OrgSpotter orgs) {
        this.orgs = orgs;
    }

    /** "Par X, chargée de communication, Fédération Y · 3 mars": a signature closing on the organization. */
    void signedFor(Sent s, List<RolePhrase.Part> out, int end) {
        OrgOcc o = !s.tok(end).is(",") ? null : s.orgAt(end + 1) != null ? s.orgAt(end + 1) : orgs.orgAt(s, end + 1, OrgSpotter.Plain.NONE);
        if (o == null && s.tok(end).is(",") && s.tok(end + 1).text().matches("\\p{Lu}{2,6}")) {
            OrgRegistry.Entry acronym = orgs.registry().find(s.tok(end + 1).text()); // "Communications Lead, CEN ·", defined further on
            o = acronym == null ? null : new OrgOcc(end + 1, end + 2, acronym);
        }
        if (o != null && !out.isEmpty() && out.get(out.size() - 1).org() == null && s.tok(o.end()).text().matches("[·|–—»]|")) {
            out.set(out.size() - 1, new RolePhrase.Part(out.get(out.size() - 1).role(), o.entry()));
        }
    }

    /** "the Commission's DG CONNECT": the unit after a genitive; none when its name runs on past a comma, unread. */
    OrgOcc unit(Sent s, int i) {
        int comma = s.find(i, ",");
        boolean runsOn = comma > 0 && s.tok(comma + 1).isCapitalized() && s.orgAt(i) == null;
        return runsOn ? null : orgs.orgAt(s, i, OrgSpotter.Plain.NAMES);
    }
}
