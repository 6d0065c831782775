package org.communskg.importer.extract;

import java.util.List;
import org.communskg.importer.extract.text.Fold;
import org.communskg.importer.extract.text.Lexicon;
import org.communskg.importer.extract.text.Token;

/**
 * Organizations named by reference in a role phrase: "programme officer at the foundation", "vice-présidente
 * du collectif", "chair of the Alliance", "de l'association" in a press release. Each resolves to the
 * one organization of that kind named nearby or in the article, or to the house; never to a guess among several.
 */
final class BackReferences {
    private final OrgSpotter orgs;

    BackReferences(OrgSpotter orgs) {
        this.orgs = orgs;
    }

    /** The sentence before the one being read, for back-references; null at the start. */
    Sent previous;

    /**
     * "programme officer at the foundation": the one organization named just before (in this
     * sentence or the previous one) whose name holds that noun; null when none or several do.
     */
    OrgRegistry.Entry backReference(Sent s, int det) {
        Token noun = s.tok(det + 1);
        if (s.tok(det).is("the", "la", "le", "l'", "du") && noun.isCapitalized() && noun.isWord() && !s.tok(det + 2).isCapitalized()
                && (Lexicon.get().isPrefixHead(noun.text()) || Lexicon.get().isSuffixHead(noun.text()))) {
            return headReference(noun); // "chair of the Alliance", "présidente de l'Union": a short form of a name
        }
        if (s.tok(det).is("la", "le", "l'") && noun.isCapitalized() && noun.isWord() && !s.tok(det + 2).isCapitalized() && !s.covered(det + 1)) {
            // "la conseillère numérique de la Fabrique": the one name of the article that opens on that word
            String head = noun.folded();
            List<OrgRegistry.Entry> found = orgs.registry().entries().stream().filter(e -> e.name != null)
                    .filter(e -> Fold.fold(e.name).matches("(la |le |l')?" + java.util.regex.Pattern.quote(head) + " .+")).toList();
            return found.size() == 1 ? found.get(0) : null;
        }
        // "à l'agglomération": the article's one "Communauté d'agglomération …".
        boolean grouping = noun.is("agglomeration", "agglo", "intercommunalite");
        if (!s.tok(det).is("the", "la", "le", "l'", "du", "au") || noun.isCapitalized() || !PlainNames.GENERIC.contains(noun.folded()) && !grouping) {
            return null;
        }
        java.util.Set<OrgRegistry.Entry> found = new java.util.LinkedHashSet<>();
        for (Sent in : java.util.Arrays.asList(previous, s)) {
            if (in != null) {
                in.orgs.stream().filter(o -> in != s || o.end() <= det)
                        .filter(o -> (" " + org.communskg.importer.extract.text.Fold.fold(o.entry().name) + " ").contains(" " + noun.folded() + " ")
                                || in.tok(o.start() - 1).folded().equals(noun.folded())) // "l'association Code Commun"
                        .forEach(o -> found.add(o.entry()));
            }
        }
        if (found.isEmpty()) {
            // Further back, the article's one organization of that kind: "le Collectif X (CDP)... vice-présidente du collectif".
            // The house speaks for itself first; else the one organization introduced by that noun ("l'association X").
            java.util.Set<OrgRegistry.Entry> introduced = house != null ? java.util.Set.of() : IntroducedKinds.of(article, noun.folded());
            orgs.registry().entries().stream().filter(e -> e.name != null && !e.name.isBlank())
                    .filter(e -> Fold.fold(e.name).split(" ")[0].equals(noun.folded()) || introduced.contains(e)
                            || grouping && Fold.fold(e.name).matches("communaute (d'|d' )agglomeration .*")
                            || s.english && Fold.fold(e.name).endsWith(" " + noun.folded())) // "the network": the Open Maps Network
                    .forEach(found::add);
        }
        if (found.isEmpty() && house != null && s.tok(det).is("la", "le", "l'", "du")) {
            return house; // in a press release "l'association" is the one that speaks
        }
        return found.size() == 1 ? found.iterator().next() : null;
    }

    /** The one organization of the article whose name starts with that head word; the house first. */
    private OrgRegistry.Entry headReference(Token noun) {
        java.util.function.Predicate<OrgRegistry.Entry> headed = e -> e.name != null
                && (Fold.fold(e.name).startsWith(noun.folded() + " ") || Fold.fold(e.name).endsWith(" " + noun.folded()));
        if (house != null && headed.test(house)) {
            return house;
        }
        List<OrgRegistry.Entry> found = orgs.registry().entries().stream().filter(headed).toList();
        return found.size() == 1 ? found.get(0) : null;
    }

    /** The article's sentences, for nouns that introduced an organization ("l'association X"). */
    List<Sent> article = List.of();

    /** The article's house organization (see {@link HouseRoles}), or null. */
    OrgRegistry.Entry house;
}
