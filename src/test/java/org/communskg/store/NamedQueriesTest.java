package org.communskg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.communskg.store.NamedQueries.NamedQuery;
import org.communskg.store.NamedQueries.Param;
import org.junit.jupiter.api.Test;

class NamedQueriesTest {
    @Test
    void param_comments_declare_parameters_and_stay_out_of_the_description() {
        NamedQuery q = NamedQuery.parse("x", """
                # The roles of a person
                # One row per membership.
                # param: ?person foaf:Person
                # param: ?org <http://www.w3.org/ns/org#Organization>
                SELECT * { VALUES ?person { UNDEF } ?m ?p ?person }
                """);
        assertThat(q.title()).isEqualTo("The roles of a person");
        assertThat(q.description()).isEqualTo("One row per membership.");
        assertThat(q.params()).containsExactly(new Param("person", "http://xmlns.com/foaf/0.1/Person"),
                new Param("org", "http://www.w3.org/ns/org#Organization"));
    }

    @Test
    void every_bundled_parameter_has_its_default_values_clause() {
        NamedQueries all = NamedQueries.bundled();
        assertThat(all.all().stream().flatMap(q -> q.params().stream())).hasSizeGreaterThanOrEqualTo(3);
        for (NamedQuery q : all.all()) {
            for (Param p : q.params()) {
                assertThat(q.text()).as(q.name()).containsPattern(
                        Pattern.compile("VALUES\\s+\\?" + p.var() + "\\s*\\{\\s*UNDEF\\s*\\}"));
                assertThat(p.type()).as(q.name()).startsWith("http");
            }
        }
    }
}
