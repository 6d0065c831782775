package org.communskg.importer.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.communskg.importer.extract.Sent.OrgOcc;
import org.communskg.importer.extract.Sent.PersonOcc;
import org.communskg.importer.extract.text.Chains;

/**
 * Named publications: a quoted title introduced by "l'avis", "le rapport", "son « … »", and
 * journal issues ("le dernier numéro des Cahiers de l'action de l'INJEP"), with their publisher
 * and the person who presented them.
 */
final class PublicationSpotter {
    /** A publication found in a sentence. */
    record PubRec(String title, String kind, OrgRegistry.Entry publisher, PersonRegistry.Entry by, String sentence) {
        PublicationFact toFact() {
            return new PublicationFact(title, kind, publisher == null ? null : publisher.name, by == null ? null : by.name,
                    new Evidence(sentence, publisher == null ? 0.7 : 0.85));
        }
    }

    private static final Pattern PRESENTS = Pattern.compile("(?iu)(présent|annonc|dévoil|détaill|publi|presented|announced|launched)");

    private static final Pattern PUBLISHED = Pattern.compile("(?iu)\\b(a|ont|vient de|viennent de) (publié|rendu|dévoilé|publier|rendre)|\\b(published|released|publishes|releases|publie|publient)\\b");

    private final OrgSpotter orgs;

    PublicationSpotter(OrgSpotter orgs) {
        this.orgs = orgs;
    }

    List<PubRec> spot(Sent s) {
        List<PubRec> out = new ArrayList<>();
        for (Quotes.Quoted q : Quotes.find(s)) {
            if (q.publication()) {
                String kind = q.kind() == null ? null : q.kind().toLowerCase(java.util.Locale.ROOT);
                out.add(new PubRec(q.title(), kind, publisher(s, q), presenter(s, q.open()), s.text));
            } else if (q.kind() == null) {
                described(s, q, out);
            }
        }
        issues(s, out);
        if (out.isEmpty()) {
            UnquotedTitles.spot(s, out);
        }
        return out;
    }

    private static final Pattern DESCRIBED = Pattern.compile(
            "(?iu)^\\s*,\\s*(a|an|un|une)\\s+(\\S+\\s+){0,2}?(report|study|white paper|guide|rapport|étude|livre blanc|note)\\b");

    /** 'X published "Title", a 40-page report': the noun after the title says what it is; the subject published it. */
    private void described(Sent s, Quotes.Quoted q, List<PubRec> out) {
        var m = DESCRIBED.matcher(s.text.substring(s.tok(q.close()).end()));
        if (!m.find()) {
            return;
        }
        OrgOcc subject = s.orgs.stream().filter(o -> o.end() <= q.open()).min((a, b) -> a.start() - b.start()).orElse(null);
        boolean published = subject != null && PUBLISHED.matcher(s.span(subject.end(), q.open())).find();
        out.add(new PubRec(q.title(), m.group(3).toLowerCase(java.util.Locale.ROOT), published ? subject.entry() : null,
                presenter(s, q.open()), s.text));
    }

    /** "le numéro des Cahiers de l'action de l'INJEP": title up to the publisher. */
    private void issues(Sent s, List<PubRec> out) {
        for (int k = 0; k < s.toks.size(); k++) {
            // "le numéro 12 de", "le n° 37 de", "issue 4 of": the issue's number may stand between.
            boolean sign = s.tok(k).text().matches("[nN]") && s.tok(k + 1).text().matches("[°º]"); // "n°" is two tokens
            boolean issue = s.tok(k).is("numero", "issue") || sign;
            int num = sign ? k + 2 : k + 1;
            int de = s.tok(num).text().matches("\\d+") ? num + 1 : num;
            if (!issue || !s.tok(de).is("des", "du", "de", "d'", "of")) {
                continue;
            }
            int start = s.tok(de + 1).is("la", "l'", "the") ? de + 2 : de + 1;
            if (s.tok(start).is("revue", "lettre", "newsletter", "magazine", "bulletin", "journal") && !s.tok(start).isCapitalized()) {
                start++; // "le numéro 12 de la revue Territoires Libres"
            }
            if (!Chains.isNameWord(s.tok(start))) {
                continue;
            }
            int end = Chains.nameEnd(s.toks, start, 12);
            if (end == start + 1 && org.communskg.importer.extract.text.Lexicon.get().isPrefixHead(s.tok(start).text())) {
                continue; // "la fiche n° 12 de la Fédération": a head word alone is its publisher told again, not a title
            }
            OrgRegistry.Entry publisher = null;
            int titleEnd = end;
            for (int c = start + 1; c < end; c++) {
                OrgOcc o = s.tok(c).is("de", "du", "d'", "of") ? orgs.orgAt(s, c + 1, false) : null;
                if (o != null) {
                    publisher = o.entry();
                    titleEnd = c;
                    break;
                }
            }
            out.add(new PubRec(s.span(start, titleEnd), "numéro", publisher, presenter(s, k), s.text));
        }
    }

    private OrgRegistry.Entry publisher(Sent s, Quotes.Quoted q) {
        for (OrgOcc o : s.orgs) {
            if (q.kindIndex() >= 0 && o.start() > q.kindIndex() && o.end() <= q.open()) {
                return o.entry();
            }
        }
        int after = q.close() + 1;
        if (s.tok(after).is(",")) {
            after++;
        }
        if (s.tok(after).text().matches("(?iu)publi[ée]e?s?|published|édité|édité?e|rédigée?|réalisée?")) {
            after++;
        }
        if (s.tok(after).is("par", "by")) {
            OrgOcc o = orgs.orgAt(s, after + 1, false);
            if (o != null) {
                return o.entry();
            }
        }
        boolean possessive = q.kindIndex() >= 0 && (s.tok(q.kindIndex() - 1).is("son", "sa", "ses", "leur", "its", "their")
                || s.tok(q.kindIndex()).is("son", "sa", "ses", "leur", "its", "their"));
        if (possessive) {
            return s.orgs.stream().filter(o -> o.start() < q.kindIndex()).map(OrgOcc::entry).findFirst().orElse(null);
        }
        // "Le Pôle X (PEReN) a publié en juin une note intitulée « … »": the subject published it.
        OrgOcc subject = s.orgs.stream().min((a, b) -> a.start() - b.start()).orElse(null);
        boolean published = q.kindIndex() >= 0 && subject != null && subject.end() <= q.kindIndex()
                && PUBLISHED.matcher(s.span(subject.end(), q.kindIndex())).find();
        return published ? subject.entry() : null;
    }

    private static PersonRegistry.Entry presenter(Sent s, int before) {
        PersonOcc first = s.persons.stream().filter(p -> p.end() <= before).min((a, b) -> a.start() - b.start()).orElse(null);
        if (first == null || !PRESENTS.matcher(s.span(first.end(), before)).find()) {
            return null;
        }
        return first.entry();
    }
}
