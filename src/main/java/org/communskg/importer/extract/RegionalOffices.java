package org.communskg.importer.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.communskg.importer.extract.text.Fold;

/**
 * Offices whose organization the role implies: a regional councillor ("conseillère régionale de
 * Bretagne", "vice-président délégué au numérique du conseil régional") sits at a Région. The
 * Région is the one the role names, else the article's one Région, else the one region the
 * article mentions; with two candidates the role keeps no organization. Departmental and
 * municipal councillors and mayors keep their place in the role words, as annotators write them.
 *
 * <pre>{@code
 * roleRecs = RegionalOffices.fill(roleRecs, sentences, orgRegistry);
 * }</pre>
 */
final class RegionalOffices {
    /** The French regions (facts), as they follow "Région". */
    private static final List<String> REGIONS = List.of("Auvergne-Rhône-Alpes", "Bourgogne-Franche-Comté", "Bretagne",
            "Centre-Val de Loire", "Corse", "Grand Est", "Hauts-de-France", "Île-de-France", "Normandie", "Nouvelle-Aquitaine",
            "Occitanie", "Pays de la Loire", "Provence-Alpes-Côte d'Azur", "Guadeloupe", "Martinique", "Guyane", "La Réunion", "Mayotte");
    private static final String OFFICE = "(conseill(er|ere)|vice-president(e)?|president(e)?|elue?) regional(e)?\\b.*"
            + "|(vice-)?president(e)?\\b.*\\b(du conseil regional|de la region)( .*)?";
    private static final String DELEGATE = "(elue?s? )?((vice-president(e)?|conseill(er|ere)) )?deleguee?\\b.*";
    private static final String REPRESENTS = "(?s).*\\b(represent\\w*|au nom de) la region\\b(?! [a-z]).*";
    /** "du conseil régional" closing the role: the organization now says it. */
    private static final String COUNCIL_TAIL = "(?iu)\\s+(du conseil régional|de la région)\\s*$";

    private RegionalOffices() {
    }

    /** Regional offices without an organization get their Région; other roles are left as they are. */
    static List<RoleSpotter.RoleRec> fill(List<RoleSpotter.RoleRec> recs, List<Sent> sents, OrgRegistry reg) {
        List<RoleSpotter.RoleRec> out = new ArrayList<>();
        for (RoleSpotter.RoleRec r : recs) {
            if (r.org() != null || r.role() == null || !Fold.fold(r.role()).matches(OFFICE) && !representsRegion(r)) {
                out.add(r);
                continue;
            }
            String named = regionIn(Fold.fold(r.role()));
            OrgRegistry.Entry region = named != null ? region(reg, named, r.sentence()) : articleRegion(sents, reg);
            String role = named != null ? r.role() : r.role().replaceFirst(COUNCIL_TAIL, "");
            out.add(region == null ? r : new RoleSpotter.RoleRec(r.person(), role, region, r.sentence(), r.confidence() * 0.85));
        }
        return out;
    }

    /** "Venu représenter la Région, X, élu délégué au numérique": an elected delegate speaking for the Région. */
    private static boolean representsRegion(RoleSpotter.RoleRec r) {
        return Fold.fold(r.role()).matches(DELEGATE) && Fold.fold(r.sentence()).matches(REPRESENTS);
    }

    /** The region named in folded text, or null when none or several are. */
    private static String regionIn(String folded) {
        Set<String> found = regionsIn(folded);
        return found.size() == 1 ? found.iterator().next() : null;
    }

    private static Set<String> regionsIn(String folded) {
        Set<String> found = new LinkedHashSet<>();
        for (String name : REGIONS) {
            if ((" " + folded + " ").matches("(?s).*[\\s'(]" + java.util.regex.Pattern.quote(Fold.fold(name)) + "[\\s,.;:!?)].*")) {
                found.add(name);
            }
        }
        return found;
    }

    /** The article's one Région entry; else the one region its text mentions; else null. */
    private static OrgRegistry.Entry articleRegion(List<Sent> sents, OrgRegistry reg) {
        List<OrgRegistry.Entry> regions = reg.entries().stream()
                .filter(e -> e.name != null && isRegion(e)).toList();
        if (!regions.isEmpty()) {
            return regions.size() == 1 ? regions.get(0) : null;
        }
        Set<String> named = new LinkedHashSet<>();
        String where = null;
        for (Sent s : sents) {
            Set<String> here = regionsIn(Fold.fold(s.text));
            named.addAll(here);
            where = here.isEmpty() ? where : s.text;
        }
        return named.size() == 1 ? region(reg, named.iterator().next(), where) : null;
    }

    /** The registered "Région X" (or "Conseil régional de X"), or a new one. */
    private static OrgRegistry.Entry region(OrgRegistry reg, String name, String sentence) {
        String f = Fold.fold(name);
        OrgRegistry.Entry known = reg.entries().stream().filter(e -> e.name != null && isRegion(e) && Fold.fold(e.name).contains(f))
                .findFirst().orElse(reg.find("Région " + name));
        return known != null ? known : reg.register("Région " + name, null, sentence, 0.6);
    }

    private static boolean isRegion(OrgRegistry.Entry e) {
        return Fold.fold(e.name).matches("(la )?region .+|conseil regional .+");
    }
}
