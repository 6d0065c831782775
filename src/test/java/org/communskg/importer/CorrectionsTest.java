package org.communskg.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.communskg.importer.extract.EventFact;
import org.communskg.importer.extract.Evidence;
import org.communskg.importer.extract.Extraction;
import org.communskg.importer.extract.OrgMention;
import org.communskg.importer.extract.PersonMention;
import org.communskg.importer.extract.PublicationFact;
import org.communskg.importer.extract.RoleFact;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorrectionsTest {
    static final Evidence E = new Evidence("Une phrase.", 0.8);
    static final Article ARTICLE = new Article("a.md", "https://exemple.org/a", null, null, null, "fr", null, List.of("x"));

    @TempDir
    Path dir;

    static Extraction sample() {
        EventFact part = new EventFact("Table ronde", null, null, null, null, List.of(), List.of(), List.of(), null,
                "Marc Oudin", List.of("Lucie Ferrand", "Rémy Gerbaud"), List.of(), E);
        EventFact forum = new EventFact("Forum", null, null, null, null, List.of("Big Techs"), List.of("Observatoire des communs"),
                List.of(), null, null, List.of(), List.of(part), E);
        return new Extraction(
                List.of(new PersonMention("Lucie Ferrand", List.of(), E), new PersonMention("Marc Oudin", List.of(), E),
                        new PersonMention("Rémy Gerbaud", List.of(), E)),
                List.of(new OrgMention("Observatoire des communs", "ODC", List.of(), null, E),
                        new OrgMention("Big Techs", null, List.of(), null, E)),
                List.of(new RoleFact("Lucie Ferrand", "directrice", "Observatoire des communs", E),
                        new RoleFact("Marc Oudin", "doctorant", null, E),
                        new RoleFact("Rémy Gerbaud", "consultant", "Big Techs", E)),
                List.of(forum),
                List.of(new PublicationFact("Rapport annuel", "rapport", "Big Techs", "Marc Oudin", E)));
    }

    Corrections file(String... rows) throws IOException {
        Path f = dir.resolve("corrections.tsv");
        Files.writeString(f, "# comment\nid\taction\tsubject\tvalue\torganization\tarticle\tnote\n" + String.join("\n", rows) + "\n");
        return Corrections.load(f);
    }

    @Test
    void reject_org_removes_it_and_every_link_to_it() throws IOException {
        Corrections.Applied a = file("c1\treject-org\tbig techs\t\t\t\tgeneric noun").apply(ARTICLE, sample());
        Extraction x = a.extraction();
        assertThat(x.organizations()).extracting(OrgMention::name).containsExactly("Observatoire des communs");
        assertThat(x.roles()).extracting(RoleFact::person).doesNotContain("Rémy Gerbaud");
        assertThat(x.events().get(0).organizers()).isEmpty();
        assertThat(x.publications().get(0).publisher()).isNull();
        assertThat(a.applied()).extracting(Correction::id).containsExactly("c1");
    }

    @Test
    void reject_role_removes_only_that_role() throws IOException {
        Extraction x = file("c2\treject-role\tMarc Oudin\tdoctorant").apply(ARTICLE, sample()).extraction();
        assertThat(x.roles()).hasSize(2).extracting(RoleFact::person).doesNotContain("Marc Oudin");
        assertThat(x.persons()).hasSize(3);
    }

    @Test
    void reject_person_removes_the_person_from_roles_events_and_publications() throws IOException {
        Extraction x = file("c3\treject-person\tMarc Oudin").apply(ARTICLE, sample()).extraction();
        assertThat(x.persons()).extracting(PersonMention::name).doesNotContain("Marc Oudin");
        assertThat(x.events().get(0).parts().get(0).moderator()).isNull();
        assertThat(x.publications().get(0).mentionedBy()).isNull();
    }

    @Test
    void merge_person_renames_everywhere_and_keeps_the_old_spelling_as_alias() throws IOException {
        Extraction x = file("c4\tmerge-person\tRémy Gerbaud\tRémi Gerbaud").apply(ARTICLE, sample()).extraction();
        assertThat(x.persons()).anySatisfy(p -> {
            assertThat(p.name()).isEqualTo("Rémi Gerbaud");
            assertThat(p.aliases()).contains("Rémy Gerbaud");
        });
        assertThat(x.roles()).anyMatch(r -> r.person().equals("Rémi Gerbaud"));
        assertThat(x.events().get(0).parts().get(0).speakers()).contains("Rémi Gerbaud").doesNotContain("Rémy Gerbaud");
    }

    @Test
    void merge_org_by_acronym_renames_links() throws IOException {
        Extraction x = file("c5\tmerge-org\tODC\tObservatoire national des communs").apply(ARTICLE, sample()).extraction();
        assertThat(x.organizations()).anySatisfy(o -> {
            assertThat(o.name()).isEqualTo("Observatoire national des communs");
            assertThat(o.acronym()).isEqualTo("ODC");
            assertThat(o.aliases()).contains("Observatoire des communs");
        });
        assertThat(x.roles()).anyMatch(r -> "Observatoire national des communs".equals(r.organization()));
        assertThat(x.events().get(0).sponsors()).containsExactly("Observatoire national des communs");
    }

    @Test
    void add_role_adds_a_certain_fact_with_the_correction_as_evidence() throws IOException {
        Corrections.Applied a = file("c6\tadd-role\tLucie Ferrand\ttrésorière\tCaisse des communs\thttps://exemple.org/a\tvu sur le site")
                .apply(ARTICLE, sample());
        assertThat(a.extraction().roles()).anySatisfy(r -> {
            assertThat(r.role()).isEqualTo("trésorière");
            assertThat(r.organization()).isEqualTo("Caisse des communs");
            assertThat(r.evidence().confidence()).isEqualTo(1.0);
            assertThat(r.evidence().sentence()).isEqualTo("Correction c6: vu sur le site");
        });
        assertThat(a.extraction().organizations()).extracting(OrgMention::name).contains("Caisse des communs");
    }

    @Test
    void a_correction_for_another_article_or_an_absent_person_changes_nothing() throws IOException {
        Corrections c = file("c7\tadd-role\tLucie Ferrand\ttrésorière\t\thttps://exemple.org/autre",
                "c8\tadd-role\tPersonne Absente\tmembre");
        Corrections.Applied a = c.apply(ARTICLE, sample());
        assertThat(a.extraction()).isEqualTo(sample());
        assertThat(a.applied()).isEmpty();
    }

    @Test
    void a_malformed_row_names_the_file_and_line() {
        assertThatThrownBy(() -> file("c9\tteleport\tX")).isInstanceOf(ImportException.class)
                .hasMessageContaining("corrections.tsv:3").hasMessageContaining("unknown action");
        assertThatThrownBy(() -> file("c1\treject-person\tA", "c1\treject-person\tB"))
                .hasMessageContaining("duplicate correction id c1");
        assertThatThrownBy(() -> file("c2\tmerge-person\tA")).hasMessageContaining("needs an id, a subject and a value");
    }
}
