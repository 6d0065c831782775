package org.communskg.importer.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communskg.importer.extract.ExtractionAssertions.extract;
import static org.communskg.importer.extract.ExtractionAssertions.orgs;

import org.junit.jupiter.api.Test;

class OrganizationPatternsTest {

    @Test
    void acronym_after_the_full_name_is_recorded_and_reused() {
        Extraction x = extract("L'Office régional des données citoyennes (ORDC) lance un appel.",
                "Selon l'ORDC, vingt projets sont retenus.");
        assertThat(x.organizations()).singleElement().satisfies(o -> {
            assertThat(o.name()).isEqualTo("Office régional des données citoyennes");
            assertThat(o.acronym()).isEqualTo("ORDC");
        });
    }

    @Test
    void acronym_before_the_full_name_is_recorded_too() {
        Extraction x = extract("La FRTN (Fédération des radios territoriales numériques) fête ses dix ans.");
        assertThat(x.organizations()).singleElement().satisfies(o -> {
            assertThat(o.name()).isEqualTo("Fédération des radios territoriales numériques");
            assertThat(o.acronym()).isEqualTo("FRTN");
        });
    }

    @Test
    void acronym_only_organizations_are_recognised_from_the_authority_or_their_use() {
        Extraction x = extract("Le programme est financé par l'ANCT et suivi par la FING.");
        assertThat(x.organizations()).extracting(OrgMention::acronym).containsExactly("ANCT", "FING");
    }

    @Test
    void case_and_typo_variants_join_one_organization_with_aliases() {
        Extraction x = extract("Ambre Sorel, présidente de la Commission supérieure du numérique et des poste, a parlé.",
                "La Commission Supérieure du Numérique et des Postes (CSNP) publie un avis.");
        assertThat(x.organizations()).singleElement().satisfies(o -> {
            assertThat(o.name()).isEqualTo("Commission supérieure du numérique et des postes");
            assertThat(o.aliases()).contains("Commission supérieure du numérique et des poste");
        });
    }

    @Test
    void the_publisher_is_the_council_the_text_calls_le_conseil() {
        Extraction x = extract(MarkdownArticles.withPublisher("Conseil national du numérique", null,
                "Le Conseil a pris la parole lors du forum. Le Conseil régional de Bretagne était absent."));
        assertThat(orgs(x)).contains("Conseil national du numérique");
        OrgMention cnnum = x.organizations().stream().filter(o -> o.name().equals("Conseil national du numérique")).findFirst().orElseThrow();
        assertThat(cnnum.acronym()).isEqualTo("CNNum");
        assertThat(cnnum.aliases()).containsExactly("Le Conseil");
    }

    @Test
    void the_publisher_is_not_added_when_the_text_never_names_it() {
        Extraction x = extract(MarkdownArticles.withPublisher("Gazette des Tiers-Lieux", null, "Il pleuvait sur la ville."));
        assertThat(x.organizations()).isEmpty();
    }

    @Test
    void names_merged_with_a_preposition_resolve_to_the_authority_name() {
        Extraction x = extract("Une série d'entretiens avec le blog Binaire du Monde est en ligne.");
        assertThat(x.organizations()).singleElement().satisfies(o -> {
            assertThat(o.name()).isEqualTo("Le Monde");
            assertThat(o.aliases()).containsExactly("du Monde");
        });
    }

    @Test
    void platforms_sectors_and_places_are_not_organizations() {
        Extraction x = extract("Les données de Wikipédia, Reddit et X nourrissent l'IA.",
                "Les acteurs de l'ESS à Lyon publient sur LinkedIn et YouTube.");
        assertThat(x.organizations()).isEmpty();
    }

    @Test
    void generic_noun_before_a_capitalised_name_introduces_an_organization() {
        Extraction x = extract("Le collectif Tiers-Lieux Sud et la coopérative Octet Libre s'allient avec the Dutch cooperative Datawerk.");
        assertThat(orgs(x)).containsExactly("Tiers-Lieux Sud", "Octet Libre", "Datawerk");
    }

    @Test
    void regional_branch_keeps_its_place_in_the_name() {
        Extraction x = extract("Contactée, la DREETS Occitanie n'a pas répondu.");
        assertThat(x.organizations()).singleElement().satisfies(o -> {
            assertThat(o.name()).isEqualTo("DREETS Occitanie");
            assertThat(o.acronym()).isEqualTo("DREETS");
        });
    }

    @Test
    void two_coordinated_names_are_not_merged() {
        Extraction x = extract("Avec le soutien de la Fondation Solstice et de la Caisse des Dépôts, le projet démarre.");
        assertThat(orgs(x)).containsExactly("Fondation Solstice", "Caisse des dépôts et consignations");
    }

    @Test
    void a_place_may_close_a_plain_name_in_an_organizer_list() {
        Extraction x = extract("Le Sommet des Communs Ouverts, organisé par OpenForum Europe et Terre de Liens Occitanie, a eu lieu le 3 juin.");
        assertThat(orgs(x)).containsExactly("OpenForum Europe", "Terre de Liens Occitanie");
    }
}
