package org.communskg.network;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.communskg.network.Network.NodeInfo;
import org.communskg.search.Kind;

/**
 * The figures behind the two charts.
 *
 * @param eventsByMonth     how many events start in each month ({@code 2024-05}), in order; events
 *                          whose date has no year are counted in {@link #undated}
 * @param undated           events without a full date
 * @param topOrganizations  the most connected organizations, most first
 */
public record Charts(List<Bar> eventsByMonth, int undated, List<NodeInfo> topOrganizations) {

    /** One bar: its label and its value. */
    public record Bar(String label, int value) {
    }

    static Charts of(Network network, int top) {
        Map<String, Integer> months = new TreeMap<>();
        int undated = 0;
        for (NodeInfo n : network.nodes()) {
            if (n.kind() != Kind.EVENT) {
                continue;
            }
            LocalDate d = day(n.date());
            if (d == null) {
                undated++;
            } else {
                months.merge(d.toString().substring(0, 7), 1, Integer::sum);
            }
        }
        List<Bar> bars = months.entrySet().stream().map(e -> new Bar(e.getKey(), e.getValue())).toList();
        List<NodeInfo> orgs = network.nodes().stream().filter(n -> n.kind() == Kind.ORGANIZATION).limit(top).toList();
        return new Charts(bars, undated, orgs);
    }

    /** A full date ({@code 2024-05-14}, possibly with a time or zone after it), else null. */
    static LocalDate day(String date) {
        if (date == null || date.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(date.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
