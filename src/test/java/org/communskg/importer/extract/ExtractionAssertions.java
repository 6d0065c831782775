package org.communskg.importer.extract;

import java.util.List;
import org.communskg.importer.Article;

/** Small helpers to state expected facts compactly in pattern tests. */
final class ExtractionAssertions {
    private static final RuleBasedExtractor EXTRACTOR = new RuleBasedExtractor(Authority.bundled());

    private ExtractionAssertions() {
    }

    static Extraction extract(String... paragraphs) {
        return EXTRACTOR.extract(MarkdownArticles.of(paragraphs));
    }

    /** An English article, dated, for phrasings read the English way. */
    static Article english(String... paragraphs) {
        return new Article("t", null, null, null, "2025-10-02", "en", null, List.of(paragraphs));
    }

    /** A French article with a headline, dated, for events named only there. */
    static Article titled(String title, String... paragraphs) {
        return new Article("t", null, title, null, "2026-05-26", "fr", null, List.of(paragraphs));
    }

    static Extraction extract(Article a) {
        return EXTRACTOR.extract(a);
    }

    static List<String> persons(Extraction x) {
        return x.persons().stream().map(PersonMention::name).toList();
    }

    static List<String> orgs(Extraction x) {
        return x.organizations().stream().map(OrgMention::name).toList();
    }

    /** Roles as "person / role / org" strings. */
    static List<String> roles(Extraction x) {
        return x.roles().stream().map(r -> r.person() + " / " + r.role() + " / " + r.organization()).toList();
    }

    static EventFact event(Extraction x, String name) {
        for (EventFact e : x.events()) {
            if (e.name().equals(name)) {
                return e;
            }
            for (EventFact p : e.parts()) {
                if (p.name().equals(name)) {
                    return p;
                }
            }
        }
        throw new AssertionError("no event " + name + " in " + x.events());
    }
}
