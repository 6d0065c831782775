package org.communskg.importer.extract;

import java.util.List;
import org.communskg.importer.extract.Sent.OrgOcc;
import org.communskg.importer.extract.text.Lexicon;
import org.communskg.importer.extract.text.Token;

/**
 * Organizations named by a common noun: a local authority in lower case ("la mairie de Plouha"),
 * and nouns that refer back to the one organization of the article so headed ("l'association",
 * "the Commission"). Kept apart from {@link OrgSpotter}, which reads names.
 */
final class OrgReferences {
    private final OrgRegistry reg;
    private final PlainNames plainNames;
    private final Lexicon lex = Lexicon.get();

    OrgReferences(OrgRegistry reg, PlainNames plainNames) {
        this.reg = reg;
        this.plainNames = plainNames;
    }

    private static final java.util.Set<String> CIVIC = java.util.Set.of("mairie", "ville", "commune", "region", "departement",
            "metropole", "prefecture", "agglomeration");

    /**
     * "conseillère à la mairie de Plouha", "vice-présidente de la région Bretagne": a local authority
     * written in lower case. Only where a context calls for an organization: elsewhere "la ville de
     * Rennes" is a place.
     */
    OrgOcc civic(Sent s, int j) {
        Token noun = s.tok(j);
        if (noun.isCapitalized() || s.covered(j)) {
            return null;
        }
        if (noun.is("ministere", "conseil")) {
            return ministryOrCouncil(s, j);
        }
        if (!CIVIC.contains(noun.folded())) {
            return null;
        }
        for (int k = Math.max(0, j - 3); k < j; k++) {
            if ("territorial".equals(lex.roleKind(s.tok(k).text()))) {
                return null; // "maire de la commune de Plouha": the place stays in the elected office
            }
        }
        int name = s.tok(j + 1).is("de", "d'") ? j + 2 : noun.is("region", "departement") ? j + 1 : -1;
        if (name < 0 || !s.tok(name).isCapitalized() || !s.tok(name).isWord() || lex.isFirstName(s.tok(name).text())) {
            return null;
        }
        int end = plainNames.plainEnd(s, name);
        if (end == name) {
            end = name + 1; // "de Caen": a town may be a common word too
        }
        String label = Character.toUpperCase(noun.text().charAt(0)) + noun.text().substring(1) + " " + s.span(j + 1, end);
        OrgOcc found = new OrgOcc(j, end, reg.register(label, null, s.text, 0.75));
        s.orgs.add(found);
        return found;
    }

    /**
     * "au ministère de la Transition écologique", "au conseil départemental du Gers": a ministry or a
     * departmental or regional council in lower case, only where a role or a preposition expects one.
     */
    private OrgOcc ministryOrCouncil(Sent s, int j) {
        int k = j + 1;
        if (s.tok(j).is("conseil")) {
            if (!s.tok(k).is("departemental", "regional")) {
                return null;
            }
            k++;
        }
        if (!s.tok(k).is("de", "d'", "des", "du")) {
            return null;
        }
        k += s.tok(k).is("de") && s.tok(k + 1).is("la", "l'") ? 2 : 1;
        if (!s.tok(k).isCapitalized() || !s.tok(k).isWord() || lex.isFirstName(s.tok(k).text())) {
            return null;
        }
        int end = Math.max(plainNames.plainEnd(s, k), k + 1);
        for (int adj = 0; adj < 2 && s.tok(j).is("ministere") && s.tok(end).text().matches("\\p{Ll}+(ique|iques|al|ale|ales|aux|el|elle|ive|ives|aire|aires)"); adj++) {
            end++; // "de la Transition écologique": a ministry's name goes on with its adjectives
        }
        String label = Character.toUpperCase(s.tok(j).text().charAt(0)) + s.span(j, end).substring(1);
        OrgOcc found = new OrgOcc(j, end, reg.register(label, null, s.text, 0.75));
        s.orgs.add(found);
        return found;
    }

    /** A sentence-opening "la ressourcerie", "l'association": the one registered organization whose name starts with that noun. */
    OrgRegistry.Entry subjectReference(Sent s, int i) {
        Token noun = s.tok(i);
        boolean opens = i == 1 && s.tok(0).is("la", "le", "l'");
        if (!opens || noun.isCapitalized() || !PlainNames.GENERIC.contains(noun.folded()) || s.tok(i + 1).isCapitalized()) {
            return null;
        }
        List<OrgRegistry.Entry> found = reg.entries().stream().filter(e -> e.name != null)
                .filter(e -> org.communskg.importer.extract.text.Fold.fold(e.name).startsWith(noun.folded() + " ")).toList();
        return found.size() == 1 ? found.get(0) : null;
    }

    /** The one organization registered so far whose name starts or ends with that head word, or null. */
    OrgRegistry.Entry headedBy(Token head) {
        String h = head.folded();
        List<OrgRegistry.Entry> found = reg.entries().stream().filter(e -> e.name != null)
                .filter(e -> org.communskg.importer.extract.text.Fold.fold(e.name).startsWith(h + " ")
                        || org.communskg.importer.extract.text.Fold.fold(e.name).endsWith(" " + h)).toList();
        return found.size() == 1 ? found.get(0) : null;
    }
}
