package org.communskg.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.junit.jupiter.api.Test;

class EventDatesTest {
    @Test
    void a_month_day_stays_as_is_without_an_article_date() {
        assertThat(EventDates.complete("--11-08", null)).isEqualTo("--11-08");
    }

    @Test
    void a_month_day_takes_the_article_year() {
        assertThat(EventDates.complete("--11-08", "2023-11-20")).isEqualTo("2023-11-08");
        assertThat(EventDates.complete("--12-02", "2023-11-20")).isEqualTo("2023-12-02");
    }

    @Test
    void a_month_day_far_after_publication_is_last_year() {
        assertThat(EventDates.complete("--11-08", "2024-01-15")).isEqualTo("2023-11-08");
    }

    @Test
    void full_dates_are_not_touched() {
        assertThat(EventDates.complete("2020-01-01", "2024-01-15")).isEqualTo("2020-01-01");
    }

    @Test
    void literals_get_the_xsd_type_of_their_precision() {
        assertThat(EventDates.literal("2023-11-08").getLiteralDatatype()).isEqualTo(XSDDatatype.XSDdate);
        assertThat(EventDates.literal("--11-08").getLiteralDatatype()).isEqualTo(XSDDatatype.XSDgMonthDay);
        assertThat(EventDates.literal("2024").getLiteralDatatype()).isEqualTo(XSDDatatype.XSDgYear);
        assertThat(EventDates.literal("le 8 novembre")).isNull();
    }
}
