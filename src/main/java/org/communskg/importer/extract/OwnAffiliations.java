package org.communskg.importer.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.communskg.importer.extract.text.Fold;

/**
 * A role that names its organization only by a common noun ("présidente de la fédération
 * nationale") when no organization of the article answers to it: the one organization the same
 * person is tied to elsewhere in the article ("modérée par X (Tiers-Lieux Unis)"). None when the
 * person is tied to several.
 *
 * <pre>{@code
 * roleRecs = OwnAffiliations.fill(roleRecs);
 * }</pre>
 */
final class OwnAffiliations {
    /** Role words, then "de la / du / de l'" and a common noun, maybe with one adjective. */
    private static final Pattern GENERIC_TAIL = Pattern.compile("(?iu)^(.+?)\\s+(?:de la|du|de l['’])\\s*(\\p{L}[\\p{L}-]*)(?:\\s+\\p{Ll}+)?$");

    private OwnAffiliations() {
    }

    static List<RoleSpotter.RoleRec> fill(List<RoleSpotter.RoleRec> recs) {
        List<RoleSpotter.RoleRec> out = new ArrayList<>();
        for (RoleSpotter.RoleRec r : recs) {
            Matcher m = r.org() == null && r.role() != null ? GENERIC_TAIL.matcher(r.role()) : null;
            if (m == null || !m.matches() || !PlainNames.GENERIC.contains(Fold.fold(m.group(2)))) {
                out.add(r);
                continue;
            }
            List<OrgRegistry.Entry> own = recs.stream().filter(o -> o.person() == r.person()).map(RoleSpotter.RoleRec::org)
                    .filter(Objects::nonNull).distinct().toList();
            out.add(own.size() == 1 ? new RoleSpotter.RoleRec(r.person(), m.group(1), own.get(0), r.sentence(), r.confidence() * 0.8) : r);
        }
        return out;
    }
}
