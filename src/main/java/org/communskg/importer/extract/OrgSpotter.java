package org.communskg.importer.extract;

import java.util.List;
import org.communskg.importer.extract.Sent.OrgOcc;
import org.communskg.importer.extract.text.Lexicon;
import org.communskg.importer.extract.text.Token;

/**
 * Finds organization names in sentences: names defined with an acronym in parentheses (both
 * ways), names led by a head word ("Agence ...", "... Foundation"), authority names, acronyms
 * used as names ("la FING"), and, in contexts that call for an organization ("consultant chez
 * Inno3"), plain capitalised names.
 */
final class OrgSpotter {
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
        this.context = new ContextNames(reg, plainNames, references);
        this.described = new DescribedNames(reg, plainNames);
    }

    private final DescribedNames described;

    private final ContextNames context;

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
            if (NameEnds.isProgramme(s, i)) {
                i = NameEnds.programmeEnd(s, i) - 1; // "le programme Société numérique": not an organization
                continue;
            }
            int known = names.knownEnd(s, i);
            int head = HeadNames.headEnd(s, i);
            if (known > i && head > known && NameEnds.goesOnInText(s, known)) {
                head = -1; // "la Banque des Territoires pour ceux qui…": the known name is whole
            }
            head = NameEnds.beforePurpose(s, i, head); // "la Fondation Orme pour diriger…"
            int end = Math.max(known, head);
            if (end > i && known < head && NameEnds.isLegalForm(s.span(i, end))) {
                i = end - 1; // "Société coopérative d'intérêt collectif, elle rassemble…": what it is, not its name
                continue;
            }
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
                int from = keepNoun ? i : PlainNames.nameStart(s, i);
                String name = keepNoun ? PlainNames.genericName(s, i, e) : s.span(from, e);
                OrgRegistry.Entry entry = reg.register(name, null, s.text, 0.75);
                // "la fondation Commons Bridge": the form with its head is how another article may name it.
                reg.alias(entry, s.span(i, e));
                s.orgs.add(new OrgOcc(from, e, entry));
                i = e - 1;
            }
        }
        described.spot(s);
    }

    /**
     * Third pass: a name the article defines only further down ("usagers de Coop'Clic" before
     * "la Scic Coop'Clic") is the same organization where it occurs earlier.
     */
    void spotKnown(Sent s) {
        for (int i = 0; i < s.toks.size(); i++) {
            int end = s.covered(i) ? -1 : names.knownEnd(s, i);
            if (end > i && !s.covered(end - 1)) {
                s.orgs.add(new OrgOcc(i, end, names.entryAt(s, i, end)));
                i = end - 1;
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
        return context.orgAt(s, i, allowPlain ? Plain.ANY : Plain.NONE);
    }

    OrgOcc orgAt(Sent s, int i, Plain plain) {
        return context.orgAt(s, i, plain);
    }
}
