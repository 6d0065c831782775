package org.communskg.network;

import java.time.LocalDate;

/**
 * What part of the network to draw. Everything null: the whole network.
 *
 * @param focus  an organization or event (or any node): the nodes within {@code radius} links of it
 * @param radius how far from the focus, in links
 * @param from   first day of a period: only events starting in it, and who is linked to them
 * @param to     last day of the period
 */
public record Filter(String focus, int radius, LocalDate from, LocalDate to) {
    /** The whole network. */
    public static final Filter ALL = new Filter(null, 0, null, null);

    /** The nodes within {@code radius} links of {@code iri}. */
    public static Filter around(String iri, int radius) {
        return new Filter(iri, radius, null, null);
    }

    /** The same filter, limited to a period (either end may be null). */
    public Filter during(LocalDate start, LocalDate end) {
        return new Filter(focus, radius, start, end);
    }

    boolean hasPeriod() {
        return from != null || to != null;
    }
}
