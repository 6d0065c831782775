package org.communskg.importer.extract;

import org.communskg.importer.extract.text.Chains;
import org.communskg.importer.extract.text.Fold;
import org.communskg.importer.extract.text.Token;
import org.communskg.importer.extract.text.Tokenizer;

/**
 * "Le Conseil" in an article published by the Conseil national du numérique is the publisher
 * itself: the head noun of the publisher's name, with its article and nothing that would make it
 * another name ("le Conseil régional", "la Commission européenne"), refers to the publisher.
 */
final class PublisherAliases {
    private final OrgRegistry reg;

    PublisherAliases(OrgRegistry reg) {
        this.reg = reg;
    }

    void mark(String publisher, java.util.List<Sent> sents) {
        if (publisher == null || publisher.isBlank()) {
            return;
        }
        java.util.List<Token> name = Tokenizer.tokens(publisher);
        int h = name.get(0).is("le", "la", "les", "l'") && name.size() > 1 ? 1 : 0;
        String head = name.get(h).folded();
        OrgRegistry.Entry entry = null;
        for (Sent s : sents) {
            for (int i = 0; i + 1 < s.toks.size(); i++) {
                if (s.tok(i).is("notre", "our") && s.tok(i + 1).folded().equals(head) && standsAlone(s.tok(i + 2))) {
                    // "notre réseau proposait ...": the publisher in its own voice; no alias, it names nothing
                    if (entry == null) {
                        entry = reg.register(publisher, null, s.text, 0.8);
                    }
                    s.orgs.add(new Sent.OrgOcc(i, i + 2, entry));
                    continue;
                }
                if (s.tok(i).is("le", "la", "l'", "du", "au") && s.tok(i + 1).folded().equals(head) && s.tok(i + 1).isCapitalized()
                        && standsAlone(s.tok(i + 2)) && !fullNameAt(s, i + 1, name.subList(h, name.size()))) {
                    if (entry == null) {
                        entry = reg.register(publisher, null, s.text, 0.8);
                    }
                    String form = s.span(i, i + 2);
                    form = s.tok(i).is("du", "au") ? form : Character.toUpperCase(form.charAt(0)) + form.substring(1);
                    reg.alias(entry, form);
                    s.orgs.add(new Sent.OrgOcc(i, i + 2, entry));
                }
            }
        }
        // A masthead after "©" in a caption or footer credits the publisher; it is no mention of it.
        if (entry == null && sents.stream().anyMatch(s -> Fold.fold(s.text.split("©")[0]).contains(Fold.fold(publisher)))) {
            reg.register(publisher, null, "", 0.8);
        }
    }

    /** The publisher's full name written out from token i ("le Réseau breton des ..."), not its alias. */
    private static boolean fullNameAt(Sent s, int i, java.util.List<Token> name) {
        if (name.size() < 2) {
            return false;
        }
        for (int k = 0; k < name.size(); k++) {
            if (!s.tok(i + k).folded().equals(name.get(k).folded())) {
                return false;
            }
        }
        return true;
    }

    private static boolean standsAlone(Token next) {
        // "les travaux du Conseil sur l'inclusion": "sur"/"pour" do not continue the name here.
        return !(next.isWord() && next.isCapitalized()) && !next.is("de", "du", "des", "d'")
                && !Chains.isAdjective(next) && !next.is("(");
    }
}
