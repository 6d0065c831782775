package org.communskg.importer.extract;

import java.util.Set;
import org.communskg.importer.extract.Sent.OrgOcc;
import org.communskg.importer.extract.text.Lexicon;

/**
 * Organizations read where the context calls for one ("consultant chez Inno3", "directrice de la
 * coopérative X", "médiateur à La Quincaille"): known names first, then, as far as the context
 * vouches for it ({@link OrgSpotter.Plain}), plain capitalised names.
 */
final class ContextNames {
    private static final Set<String> MODIFIERS = Set.of("ancienne", "ancien", "actuelle", "actuel", "jeune", "petite",
            "grande", "nouvelle", "nouveau", "former");

    private final OrgRegistry reg;
    private final Lexicon lex = Lexicon.get();
    private final PlainNames plainNames;
    private final OrgReferences references;

    ContextNames(OrgRegistry reg, PlainNames plainNames, OrgReferences references) {
        this.reg = reg;
        this.plainNames = plainNames;
        this.references = references;
    }

    OrgOcc orgAt(Sent s, int i, OrgSpotter.Plain plain) {
        boolean allowPlain = plain != OrgSpotter.Plain.NONE;
        if (s.orgAt(i) != null) {
            return s.orgAt(i); // "l'Agence" marked as the publisher, article included
        }
        if (allowPlain && i > 0 && s.tok(i).isCapitalized() && s.tok(i).is("la", "le", "les", "l'") && s.tok(i + 1).isCapitalized()
                && s.tok(i + 1).isWord() && !lex.isPlace(s.span(i, plainNames.plainEnd(s, i + 1))) && !lex.isFirstName(s.tok(i + 1).text())) {
            int end = plainNames.plainEnd(s, i + 1);
            // "à La Gazette des territoires": a name going on in lower case is not read whole here.
            boolean goesOn = s.tok(end).is("de", "des", "du", "d'") && !s.tok(end + 1).isCapitalized();
            OrgOcc named = goesOn ? null : articleName(s, i); // "médiateur à La Quincaille": mid-sentence, a capitalised article opens a name
            if (named != null) {
                return named;
            }
        }
        int j = i;
        while (s.tok(j).is("la", "le", "les", "l'", "the") || MODIFIERS.contains(s.tok(j).folded())) {
            j++;
        }
        if (s.orgAt(j) != null) {
            return s.orgAt(j); // "l'université Grenoble Alpes" starts at its noun
        }
        OrgOcc civic = references.civic(s, j);
        if (civic != null) {
            return civic;
        }
        if (lex.isPlace(s.tok(j).text()) && s.tok(j + 1).text().matches("'s|’s")) {
            j += 2; // "France's Ministry of ...": the country owns the ministry, it is not its name
            if (s.orgAt(j) != null) {
                return s.orgAt(j);
            }
        }
        if ((s.english || s.tok(j).isCapitalized()) && s.tok(j).isWord() && PlainNames.GENERIC.contains(s.tok(j + 1).folded()) && !s.tok(j + 1).isCapitalized()
                && !PlainNames.GENERIC.contains(s.tok(j).folded())) {
            j++; // a nationality or a field before the generic noun: "the Dutch cooperative Datawerk", "the data cooperative CDP"
        }
        if (PlainNames.GENERIC.contains(s.tok(j).folded()) && !s.tok(j).isCapitalized()) {
            j++;
            if (s.tok(j).isCapitalized() && s.tok(j).is("l'", "la", "le", "les") && s.tok(j + 1).isCapitalized()) {
                // "le fablab L'Établi": the article belongs to the name (maybe already found with it)
                return s.orgAt(j) != null ? s.orgAt(j) : articleName(s, j);
            }
            if (s.tok(j).is("de", "du", "d'")) {
                j++;
                if (s.tok(j).is("la", "l'")) {
                    j++;
                }
            }
        }
        OrgOcc occ = s.orgAt(j) != null ? s.orgAt(j) : s.orgAt(PlainNames.skipLegalForm(s, j)); // "la Scic X" found as X
        if (occ != null || !allowPlain) {
            return occ;
        }
        if (j > i && PlainNames.GENERIC.contains(s.tok(j - 1).folded())) {
            plain = OrgSpotter.Plain.ANY; // "au cabinet Datactiv": the generic noun vouches for the name
        }
        j = PlainNames.skipLegalForm(s, j);
        if (s.orgAt(j) != null) {
            return s.orgAt(j); // "la Scop Tech'Avenir", already found after its legal form
        }
        if (plainNames.isAmbiguousAuthorityName(s, j)) {
            OrgOcc known = new OrgOcc(j, j + 1, reg.register(s.tok(j).text(), null, s.text, 0.8));
            s.orgs.add(known);
            return known;
        }
        int end = plainNames.plainEnd(s, j);
        boolean legalForm = PlainNames.skipLegalForm(s, j - 1) == j;
        if (end == j && legalForm) {
            end = PlainNames.vouchedEnd(s, j); // "(Scop Atelier Cinq)": the legal form vouches for common words
        }
        if (end == j || s.covered(j)) {
            return null;
        }
        String name = s.span(j, end);
        if (!name.matches("(?s).*\\p{L}.*")) {
            return null; // "le 27 mars": a day, not a name
        }
        if (s.tok(end).is("library", "project", "software", "app", "tool", "framework", "package", "plugin", "logiciel",
                "bibliotheque", "projet", "application", "outil", "programme", "program")) {
            return null; // "a maintainer of the OpenGeo library": a project, not an organization
        }
        // "à l'Inria", "de l'Ademe": after an elided article a lone capitalised word is a name.
        boolean elided = s.tok(j - 1).is("l'") && !lex.isPrefixHead(name) && !lex.isCommonWord(name);
        boolean distinctive = end - j >= 2 || name.matches(".+\\p{Lu}.*|.*\\d.*") || elided;
        if (end - j == 1 && (lex.isPrefixHead(name) || lex.isSuffixHead(name))) {
            // "the Commission", "l'Agence": a reference, not a new name; to the article's one organization so headed, if any.
            OrgRegistry.Entry headed = references.headedBy(s.tok(j));
            if (headed == null || !s.tok(j - 1).is("the", "l'", "la", "le")) {
                return null;
            }
            OrgOcc ref = new OrgOcc(j, end, headed);
            s.orgs.add(ref);
            return ref;
        }
        if (plain == OrgSpotter.Plain.NAMES && !distinctive) {
            return null; // "ministre du Numérique", "chargée de la Culture": a capitalised noun, not a name
        }
        if (lex.isPlace(name) || lex.isPlatform(name) || lex.isFirstName(s.tok(j).text())
                || lex.eventLevel(s.tok(j).text()) != null && !legalForm || lex.isNonOrgAcronym(name)) {
            return null;
        }
        OrgOcc found = new OrgOcc(j, end, reg.register(name, null, s.text, 0.75));
        s.orgs.add(found);
        return found;
    }

    private OrgOcc articleName(Sent s, int j) {
        int end = plainNames.plainEnd(s, j + 1);
        if (end == j + 1 || s.covered(j + 1)) {
            return null;
        }
        OrgOcc found = new OrgOcc(j, end, reg.register(s.span(j, end), null, s.text, 0.75));
        s.orgs.add(found);
        return found;
    }
}
