package org.communskg.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ImportExceptionTest {

    @Test
    void a_cause_quoting_multi_line_input_is_reported_on_one_line() {
        var e = new ImportException("a.html", "url is not a valid IRI: Lucie \n\n Lucie\r\nDurand");

        assertThat(e.getMessage()).isEqualTo("a.html: url is not a valid IRI: Lucie Lucie Durand");
    }

    @Test
    void the_source_is_kept_as_given() {
        var e = new ImportException("data/articles/x.md", "no body", new IllegalStateException());

        assertThat(e.source()).isEqualTo("data/articles/x.md");
        assertThat(e.getMessage()).isEqualTo("data/articles/x.md: no body");
    }
}
