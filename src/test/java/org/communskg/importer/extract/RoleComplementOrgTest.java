package org.communskg.importer.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communskg.importer.extract.ExtractionAssertions.english;
import static org.communskg.importer.extract.ExtractionAssertions.extract;
import static org.communskg.importer.extract.ExtractionAssertions.orgs;
import static org.communskg.importer.extract.ExtractionAssertions.roles;

import org.junit.jupiter.api.Test;

/** The organization closing a role phrase, when it is written in lower case or opens on its article. */
class RoleComplementOrgTest {
    @Test
    void a_departmental_council_in_lower_case() {
        Extraction x = extract("Avec Chloé Varenne, cheffe de projet inclusion numérique au conseil départemental du Finistère, et Paul Oger.");
        assertThat(roles(x)).contains("Chloé Varenne / cheffe de projet inclusion numérique / Conseil départemental du Finistère");
    }

    @Test
    void a_ministry_in_lower_case_keeps_its_adjective() {
        Extraction x = extract("Bastien Royer, chef du projet données d'intérêt général au ministère de la Transition écologique, a ouvert la séance.");
        assertThat(roles(x)).contains("Bastien Royer / chef du projet données d'intérêt général / Ministère de la Transition écologique");
    }

    @Test
    void a_community_of_communes_with_its_article() {
        Extraction x = extract("Margaux Théry, directrice du numérique de la communauté de communes des Monts d'Arrée, a conclu.");
        assertThat(roles(x)).contains("Margaux Théry / directrice du numérique / Communauté de communes des Monts d'Arrée");
        assertThat(orgs(x)).containsExactly("Communauté de communes des Monts d'Arrée");
    }

    @Test
    void a_name_opening_on_its_article_after_a() {
        Extraction x = extract("Intervenants : Hugo Marchal, médiateur numérique à La Quincaille (Guingamp), et Anne Tilly.");
        assertThat(roles(x)).contains("Hugo Marchal / médiateur numérique / La Quincaille");
    }

    @Test
    void a_town_opening_on_its_article_is_no_organization() {
        Extraction x = extract("Hugo Marchal, médiateur numérique à La Rochelle, a témoigné.");
        assertThat(roles(x)).noneMatch(r -> r.endsWith("/ La Rochelle"));
    }

    @Test
    void a_lower_case_council_without_a_name_is_no_organization() {
        Extraction x = extract("Hugo Marchal, élu au conseil municipal depuis 2020, a témoigné.");
        assertThat(orgs(x)).isEmpty();
    }

    @Test
    void english_role_at_and_for_an_organization() {
        Extraction x = extract(english("The keynote by Ingrid Maes, Head of Unit at the European Commission, set the tone. "
                + "Panelists included Sara Lind, chief data officer for the Municipality of Vesterby."));
        assertThat(roles(x)).contains("Ingrid Maes / Head of Unit / Commission européenne",
                "Sara Lind / chief data officer / Municipality of Vesterby");
    }

    @Test
    void a_name_going_on_in_lower_case_is_not_cut_short() {
        Extraction x = extract("Animée par Lise Cadoret, journaliste à La Dépêche des communes.");
        assertThat(orgs(x)).doesNotContain("La Dépêche");
    }

    @Test
    void a_signature_closing_on_its_organization() {
        Extraction x = extract("Par Juliette Morvan, chargée de communication, Fédération Lumen · 3 mars 2025");
        assertThat(roles(x)).containsExactly("Juliette Morvan / chargée de communication / Fédération Lumen");
    }

    @Test
    void a_signature_line_ends_the_role_at_its_dot_separator() {
        Extraction x = extract(english("By Joanna Pike, Executive Director · 23 October 2025 · 5 min read"));
        assertThat(roles(x)).containsExactly("Joanna Pike / Executive Director / null");
    }

    @Test
    void an_organization_going_on_in_the_sentence_is_not_a_signature() {
        Extraction x = extract("Juliette Morvan, sociologue, Fédération Lumen et Collectif Carto ont signé l'appel.");
        assertThat(roles(x)).noneMatch(r -> r.startsWith("Juliette Morvan / sociologue /") && !r.endsWith("/ null"));
    }

    @Test
    void a_lower_case_head_after_et_de_la_starts_a_second_name() {
        Extraction x = extract("Le lieu a vu le jour grâce au soutien de la Communauté de communes du Haut-Léon et de la fondation Terres Vives.");
        assertThat(orgs(x)).contains("Communauté de communes du Haut-Léon", "Terres Vives");
    }

    @Test
    void the_agglomeration_refers_to_the_community_of_the_article() {
        Extraction x = extract("La Communauté d'agglomération Lannion-Trégor Communauté publie un guide.",
                "« Nous partirons des fichiers existants », explique Léa Garnier, cheffe de projet données à l'agglomération.");
        assertThat(roles(x)).contains("Léa Garnier / cheffe de projet données / Communauté d'agglomération Lannion-Trégor Communauté");
    }

    @Test
    void an_apposition_with_its_article_and_a_short_form_of_a_name() {
        Extraction x = extract("Le tiers-lieu La Forge du Bourg a ouvert samedi.",
                "Maëlle Riou, la conseillère numérique de la Forge, y tient une permanence.");
        assertThat(roles(x)).contains("Maëlle Riou / conseillère numérique / La Forge du Bourg");
    }

    @Test
    void a_short_form_shared_by_two_names_gives_no_organization() {
        Extraction x = extract("Le tiers-lieu La Forge du Bourg et le fablab La Forge des Monts ont ouvert samedi.",
                "Maëlle Riou, la conseillère numérique de la Forge, y tient une permanence.");
        assertThat(roles(x)).noneMatch(r -> r.endsWith("/ La Forge du Bourg") || r.endsWith("/ La Forge des Monts"));
    }

    @Test
    void a_role_held_for_an_organization() {
        Extraction x = extract("Un atelier animé par Mathis Keraudren, médiateur numérique à La Quincaille et formateur pour la Fédération Lumen.");
        assertThat(roles(x)).contains("Mathis Keraudren / formateur / Fédération Lumen", "Mathis Keraudren / médiateur numérique / La Quincaille");
    }

    @Test
    void a_role_for_a_cause_has_no_organization() {
        Extraction x = extract("Mathis Keraudren, chargé de mission pour le développement des communs, a conclu.");
        assertThat(roles(x)).allMatch(r -> r.endsWith("/ null"));
    }
}
