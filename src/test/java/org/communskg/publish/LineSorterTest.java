package org.communskg.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class LineSorterTest {
    static List<String> drain(LineSorter sorter) {
        List<String> out = new ArrayList<>();
        sorter.drain(out::add);
        return out;
    }

    @Test
    void spilled_runs_merge_to_the_same_order_as_sorting_in_memory_with_duplicates_dropped() {
        Random random = new Random(7);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            lines.add("<http://x/" + random.nextInt(5000) + "> \"" + (char) ('a' + random.nextInt(26)) + "\" .");
        }
        TreeSet<String> expected = new TreeSet<>(LineSorter.CODE_POINT_ORDER);
        expected.addAll(lines);
        try (LineSorter small = LineSorter.withBudget(10_000); LineSorter big = LineSorter.withBudget(Long.MAX_VALUE)) {
            lines.forEach(small::add);
            lines.forEach(big::add);
            List<String> spilled = drain(small);
            assertThat(spilled).containsExactlyElementsOf(expected);
            assertThat(drain(big)).isEqualTo(spilled);
        }
    }

    @Test
    void order_is_by_code_point_so_characters_beyond_the_bmp_come_after_private_use_ones() {
        String astral = new String(Character.toChars(0x1F600));
        try (LineSorter sorter = LineSorter.withBudget(1_000)) {
            List.of(astral, "\uFF21", "a", "\u00e9").forEach(sorter::add);
            assertThat(drain(sorter)).containsExactly("a", "\u00e9", "\uFF21", astral);
        }
        assertThat(astral.compareTo("\uFF21")).as("String.compareTo gets this wrong").isNegative();
    }
}
