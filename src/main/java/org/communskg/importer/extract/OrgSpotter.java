package org.communskg.importer.extract;

import java.util.List;
import java.util.Set;
import org.communskg.importer.extract.Sent.OrgOcc;
import org.communskg.importer.extract.text.Chains;
import org.communskg.importer.extract.text.Lexicon;
import org.communskg.importer.extract.text.Token;

/**
 * Finds organization names in sentences: names defined with an acronym in parentheses (both
 * ways), names led by a head word ("Agence ...", "... Foundation"), authority names, acronyms
 * used as names ("la FING"), and, in contexts that call for an organization ("consultant chez
 * Inno3"), plain capitalised names.
 */
final class OrgSpotter {
    private static final Set<String> MODIFIERS = Set.of("ancienne", "ancien", "actuelle", "actuel", "jeune", "petite",
            "grande", "nouvelle", "nouveau", "former");

    private final OrgRegistry reg;
    private final Lexicon lex = Lexicon.get();
    private final NameIndex names;
    private final PlainNames plainNames;
    private final OrgReferences references;

    OrgSpotter(OrgRegistry reg, Authority authority) {
        this.reg = reg;
        this.plainNames = new PlainNames(authority);
        this.references = new OrgReferences(reg, plainNames);
        this.names = new NameIndex(reg, authority);
    }

    /** The article's organizations so far, for back-references ("du collectif"). */
    OrgRegistry registry() {
        return reg;
    }

    /** First pass: "Name (ACR)" and "ACR (Name)" definitions. */
    void defineAcronyms(Sent s) {
        AcronymDefinitions.define(s, reg);
    }

    /** Second pass: every organization name of the sentence, longest first, without overlaps. */
    void spot(Sent s) {
        List<Token> t = s.toks;
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i).text().equals("©")) {
                break; // a photo credit or masthead, not a mention of an organization
            }
            if (s.covered(i)) {
                continue;
            }
            int known = names.knownEnd(s, i);
            int head = HeadNames.headEnd(s, i);
            int end = Math.max(known, head);
            if (end > i) {
                OrgRegistry.Entry e = known >= head ? names.entryAt(s, i, known) : reg.register(s.span(i, end), null, s.text, 0.8);
                s.orgs.add(new OrgOcc(i, end, e));
                i = end - 1;
            } else if (AcronymDefinitions.isUse(s, i)) {
                String acr = t.get(i).text();
                // "la DREETS Occitanie": a regional branch keeps its place in the name.
                int e = lex.isPlace(s.tok(i + 1).text()) && s.tok(i + 1).isCapitalized() ? i + 2 : i + 1;
                boolean town = s.tok(i + 2).isCapitalized() && s.tok(i + 2).isWord() && !lex.isCommonWord(s.tok(i + 2).text())
                        && !lex.isPrefixHead(s.tok(i + 2).text()) && !s.tok(i + 2).isAcronymLike();
                if (e == i + 1 && s.tok(i + 1).is("de", "du", "d'") && (lex.isPlace(s.tok(i + 2).text()) || town)) {
                    e = i + 3; // "le CHU de Toulouse"
                }
                s.orgs.add(new OrgOcc(i, e, reg.register(s.span(i, e), acr, s.text, 0.7)));
                i = e - 1;
            } else if (PlainNames.GENERIC.contains(t.get(i).folded()) && plainNames.isAmbiguousAuthorityName(s, i + 1)) {
                s.orgs.add(new OrgOcc(i + 1, i + 2, reg.register(t.get(i + 1).text(), null, s.text, 0.8)));
                i++;
            } else if (i <= 1 && references.subjectReference(s, i) != null) {
                // "La ressourcerie, adhérente du réseau X, organisera ...": the article's one ressourcerie.
                s.orgs.add(new OrgOcc(i, i + 1, references.subjectReference(s, i)));
            } else if (plainNames.genericNamed(s, i) > i + 1) {
                int e = plainNames.genericNamed(s, i);
                boolean keepNoun = t.get(i).is("universite", "university", "ecole") || PlainNames.intercommunal(s, i) > 0
                        || PlainNames.socialCentre(s, i) > 0;
                String name = keepNoun ? PlainNames.genericName(s, i, e) : s.span(i + 1, e);
                OrgRegistry.Entry entry = reg.register(name, null, s.text, 0.75);
                if (keepNoun) {
                    reg.alias(entry, s.span(i, e));
                }
                s.orgs.add(new OrgOcc(keepNoun ? i : i + 1, e, entry));
                i = e - 1;
            }
        }
    }

    /** How much a context allows an unknown capitalised name to be taken as an organization. */
    enum Plain {
        /** Known names only. */
        NONE,
        /** Also unknown names of two words or more, or with inner capitals or digits (OpenTerra, Inno3). */
        NAMES,
        /** Any capitalised name: parentheses after a person, "chez X", "organisé par X". */
        ANY
    }

    /** An organization named at token i in a context that expects one (after "chez", "de"...). */
    OrgOcc orgAt(Sent s, int i, boolean allowPlain) {
        return orgAt(s, i, allowPlain ? Plain.ANY : Plain.NONE);
    }

    OrgOcc orgAt(Sent s, int i, Plain plain) {
        boolean allowPlain = plain != Plain.NONE;
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
            plain = Plain.ANY; // "au cabinet Datactiv": the generic noun vouches for the name
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
        if (plain == Plain.NAMES && !distinctive) {
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
