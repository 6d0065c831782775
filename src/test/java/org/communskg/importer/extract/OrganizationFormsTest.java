package org.communskg.importer.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communskg.importer.extract.ExtractionAssertions.english;
import static org.communskg.importer.extract.ExtractionAssertions.extract;
import static org.communskg.importer.extract.ExtractionAssertions.orgs;

import org.junit.jupiter.api.Test;

/** The forms under which another article may name the same organization (invented names). */
class OrganizationFormsTest {

    @Test
    void a_name_after_a_lowercase_head_keeps_the_headed_form_as_an_alias() {
        Extraction x = extract("Le programme est porté par la fondation Pont des Savoirs, qui le finance pour trois ans.");
        assertThat(x.organizations()).singleElement().satisfies(o -> {
            assertThat(o.name()).isEqualTo("Pont des Savoirs");
            assertThat(o.aliases()).contains("fondation Pont des Savoirs");
        });
    }

    @Test
    void an_english_nationality_before_a_french_name_is_no_part_of_it() {
        Extraction x = extract(english("Marta Olsen, now president of the French Collectif Données Partagées, spoke last."));
        assertThat(orgs(x)).contains("Collectif Données Partagées").doesNotContain("French Collectif Données Partagées");
    }

    @Test
    void a_curated_name_followed_by_a_region_is_its_local_branch() {
        Extraction x = extract("Autour de la table, Maïwenn Le Dantec (Emmaüs Connect Normandie) et Paul Arnaud (La MedNum).");
        assertThat(orgs(x)).contains("Emmaüs Connect Normandie", "La MedNum").doesNotContain("Emmaüs Connect");
    }

    @Test
    void a_former_name_in_the_authority_file_is_the_same_organization() {
        Extraction x = extract("Les jeunes arrivent avec un courrier de la CAF ou de Pôle emploi.");
        assertThat(x.organizations()).anySatisfy(o -> {
            assertThat(o.name()).isEqualTo("France Travail");
            assertThat(o.aliases()).contains("Pôle emploi");
        });
    }

    @Test
    void a_name_defined_further_down_is_found_where_it_first_occurs() {
        Extraction x = extract("« Les usagers reviennent », se réjouit Maëlle Riou, qui dirige Brico'Lab depuis 2019.",
                "La Scic Brico'Lab recrute deux médiateurs.");
        assertThat(orgs(x)).containsExactly("Brico'Lab");
        assertThat(x.roles()).anySatisfy(r -> assertThat(r.organization()).isEqualTo("Brico'Lab"));
    }

    @Test
    void a_name_described_as_a_scic_is_an_organization_but_the_legal_form_alone_is_not() {
        assertThat(orgs(extract("À 41 ans, Maëlle Riou dirige Atelier'Num, une Scic rennaise de vingt salariés."))).contains("Atelier'Num");
        assertThat(orgs(extract("Les structures de l'ESS (associations, Scic, Scop) sont attendues."))).isEmpty();
    }
}
