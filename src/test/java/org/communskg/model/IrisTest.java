package org.communskg.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IrisTest {
    private final Iris iris = Iris.under("http://localhost:7070/id/");

    @Test
    void persons_are_minted_from_folded_names() {
        assertThat(iris.person("Mireille Clapot").getURI()).isEqualTo("http://localhost:7070/id/person/mireille-clapot");
        assertThat(iris.person("Rémi  Gerbet")).isEqualTo(iris.person("remi gerbet"));
        assertThat(iris.person("Jacques-François Marchandise").getURI()).endsWith("/person/jacques-francois-marchandise");
    }

    @Test
    void organizations_are_keyed_by_what_they_are_given() {
        assertThat(iris.organization("INJEP").getURI()).isEqualTo("http://localhost:7070/id/organization/injep");
        assertThat(iris.organization("Wikimédia France").getURI()).endsWith("/organization/wikimedia-france");
    }

    @Test
    void a_base_without_trailing_slash_gets_one() {
        assertThat(Iris.under("https://kg.example.org/id").person("A B").getURI())
                .isEqualTo("https://kg.example.org/id/person/a-b");
    }

    @Test
    void a_relative_base_is_refused() {
        assertThatThrownBy(() -> Iris.under("id/")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void articles_are_keyed_by_host_and_path_without_scheme() {
        assertThat(iris.article("https://www.example.org/actu/un-article").getURI())
                .isEqualTo("http://localhost:7070/id/article/example-org-actu-un-article");
        assertThat(iris.article("http://example.org/actu/un-article"))
                .isEqualTo(iris.article("https://example.org/actu/un-article"));
    }

    @Test
    void memberships_differ_by_role_and_organization() {
        var person = iris.person("Vincent Bachelet");
        assertThat(iris.membership(person, "doctorant", null))
                .isNotEqualTo(iris.membership(person, "consultant", iris.organization("Inno3")));
        assertThat(iris.membership(person, "consultant", iris.organization("Inno3")).getURI())
                .endsWith("/membership/vincent-bachelet--consultant--inno3");
    }

    @Test
    void sub_events_live_under_their_parent() {
        var parent = iris.event("NEC ESS Europe");
        assertThat(iris.subEvent(parent, "Table ronde").getURI()).isEqualTo(parent.getURI() + "/table-ronde");
    }
}
