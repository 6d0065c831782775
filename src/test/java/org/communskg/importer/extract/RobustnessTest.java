package org.communskg.importer.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Path;
import java.util.List;
import org.communskg.importer.Article;
import org.junit.jupiter.api.Test;

class RobustnessTest {
    private final RuleBasedExtractor extractor = new RuleBasedExtractor(Authority.bundled());

    @Test
    void odd_input_does_not_break_the_extractor() {
        List<String> odd = List.of("", "   ", "«", "« sans fin", "(parenthèse ouverte", "Jean", "M.", "Par",
                "L'", "« » \"\" “”", "Mme", "ANCT (", ") INJEP (", "Marie Curie (", "du 4 au", "le 32 novembre",
                "A".repeat(5000), "et et et , , , (((", "Jacques-François Marchandise, chercheur et");
        for (String p : odd) {
            Article a = MarkdownArticles.of(p);
            assertThatCode(() -> extractor.extract(a)).as(p).doesNotThrowAnyException();
        }
    }

    @Test
    void extraction_is_deterministic() {
        Article a = MarkdownArticles.read(Path.of("data/articles/seed-article.md"));
        assertThat(extractor.extract(a)).isEqualTo(extractor.extract(a));
    }

    @Test
    void evidence_confidence_is_in_range_and_sentences_are_kept() {
        Extraction x = extractor.extract(MarkdownArticles.read(Path.of("data/articles/seed-article.md")));
        assertThat(x.roles()).allSatisfy(r -> {
            assertThat(r.evidence().confidence()).isBetween(0.0, 1.0);
            assertThat(r.evidence().sentence()).contains(r.person().split(" ")[1]);
        });
    }

    @Test
    void role_organizations_use_the_canonical_organization_names() {
        Extraction x = extractor.extract(MarkdownArticles.read(Path.of("data/articles/seed-article.md")));
        List<String> names = x.organizations().stream().map(OrgMention::name).toList();
        assertThat(x.roles()).allSatisfy(r -> {
            if (r.organization() != null) {
                assertThat(names).contains(r.organization());
            }
        });
        x.events().forEach(e -> assertThat(names).containsAll(e.organizers()).containsAll(e.sponsors()));
        x.publications().forEach(p -> assertThat(names).contains(p.publisher()));
    }
}
