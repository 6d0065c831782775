package org.communskg.importer.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communskg.importer.extract.ExtractionAssertions.extract;
import static org.communskg.importer.extract.ExtractionAssertions.roles;

import java.util.List;
import org.communskg.importer.Article;
import org.junit.jupiter.api.Test;

/** Roles given by a relative clause, a nationality title, a back-reference or a descriptor (invented names). */
class RoleCuesTest {

    private static Extraction english(String... paragraphs) {
        return extract(new Article("t", null, null, null, "2025-10-02", "en", null, List.of(paragraphs)));
    }

    @Test
    void english_compound_title_at_a_country_s_ministry() {
        Extraction x = english("Julie Marchal, responsible digital project lead at France's Ministry of Rural Affairs, said the data was open.");
        assertThat(roles(x)).containsExactly("Julie Marchal / responsible digital project lead / Ministry of Rural Affairs");
    }

    @Test
    void english_director_of_a_described_cooperative() {
        Extraction x = english("Tom Becker, director of the data cooperative DCE (Data Commons Exchange), presented the model.");
        assertThat(roles(x)).containsExactly("Tom Becker / director / Data Commons Exchange");
    }

    @Test
    void the_foundation_refers_back_to_the_one_named_just_before() {
        Extraction x = english("The Lumen Foundation announced a new round of grants.",
                "Ana Perez, programme officer at the foundation, said applications open in May.");
        assertThat(roles(x)).containsExactly("Ana Perez / programme officer / Lumen Foundation");
        Extraction fr = extract("La Fondation Kerlann a lancé un appel à projets. Odile Marchand, chargée de mission à la fondation, le pilote.");
        assertThat(roles(fr)).containsExactly("Odile Marchand / chargée de mission / Fondation Kerlann");
    }

    @Test
    void the_foundation_is_not_resolved_when_two_could_be_meant() {
        Extraction x = english("The Lumen Foundation and the Aurora Foundation announced grants.",
                "Ana Perez, programme officer at the foundation, said applications open in May.");
        assertThat(roles(x)).noneMatch(r -> r.endsWith("Lumen Foundation") || r.endsWith("Aurora Foundation"));
    }

    @Test
    void a_relative_clause_gives_a_role() {
        Extraction x = extract("La sénatrice Odile Varenne, qui en est la rapporteure, a détaillé ses propositions.");
        assertThat(roles(x)).containsExactlyInAnyOrder("Odile Varenne / sénatrice / null", "Odile Varenne / rapporteure / null");
    }

    @Test
    void a_relative_clause_without_a_role_gives_none() {
        Extraction x = extract("Paul Girard, qui est arrivé en retard, a pris la parole.");
        assertThat(roles(x)).isEmpty();
    }

    @Test
    void english_nationality_before_the_title() {
        Extraction x = english("The panel was moderated by French MP Hélène Dardel.");
        assertThat(roles(x)).containsExactly("Hélène Dardel / French MP / null");
        assertThat(roles(english("The panel was moderated by Hélène Dardel."))).isEmpty();
    }

    @Test
    void a_title_then_its_fuller_form_make_one_role() {
        Extraction x = extract("La députée Odile Varenne a ouvert la séance. Varenne, députée de la Drôme, plaide pour les logiciels libres.");
        assertThat(roles(x)).containsExactly("Odile Varenne / députée de la Drôme / null");
    }

    @Test
    void respectively_pairs_persons_and_roles_in_order() {
        Extraction x = extract("Thomas Girard et Julie Perrin sont respectivement président et trésorier de la Fédération des fablabs.");
        assertThat(roles(x)).containsExactly("Thomas Girard / président / Fédération des fablabs",
                "Julie Perrin / trésorier / Fédération des fablabs");
    }

    @Test
    void respectively_with_a_count_that_differs_gives_nothing() {
        Extraction x = extract("Thomas Girard, Julie Perrin et Paul Morel en deviennent respectivement président et trésorier.");
        assertThat(roles(x)).isEmpty();
    }

    @Test
    void the_association_refers_back_to_the_one_introduced_as_such() {
        Extraction x = extract("L'association Code Commun a tenu son assemblée le 3 mai. Selon la présidente de l'association, Martine Lebrun, les adhésions ont doublé.");
        assertThat(roles(x)).containsExactly("Martine Lebrun / présidente / Code Commun");
    }

    @Test
    void who_leads_an_organization_belongs_to_it() {
        assertThat(roles(extract("Claire Petit, qui dirige la Fondation Kerlann, a pris la parole.")))
                .containsExactly("Claire Petit / null / Fondation Kerlann");
        assertThat(roles(english("Emma Stone, who leads the Open Archives Institute, agreed.")))
                .containsExactly("Emma Stone / null / Open Archives Institute");
        assertThat(roles(extract("Claire Petit, qui connaît bien la Fondation Kerlann, a pris la parole."))).isEmpty();
    }

    @Test
    void an_organization_s_title_before_the_name() {
        Extraction x = english("The Open Archives Institute (OAI) met in May. The OAI's director, Sarah Jones, disagreed.");
        assertThat(roles(x)).containsExactly("Sarah Jones / director / Open Archives Institute");
    }

    @Test
    void a_regional_adjective_closes_the_name() {
        Extraction x = extract("Marie Lenoir est directrice de l'Agence des communs bretons depuis 2021.");
        assertThat(roles(x)).containsExactly("Marie Lenoir / directrice / Agence des communs bretons");
    }
}
