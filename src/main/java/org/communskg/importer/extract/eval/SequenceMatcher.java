package org.communskg.importer.extract.eval;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A faithful port of Python's {@code difflib.SequenceMatcher(None, a, b).ratio()} on code points,
 * including the "autojunk" heuristic (popular elements of b are ignored when b has 200 or more
 * elements), so that scores agree with the reference Python scorer.
 *
 * <pre>{@code
 * SequenceMatcher.ratio("abcd", "bcde") // 0.75
 * }</pre>
 */
public final class SequenceMatcher {
    private final int[] a;
    private final int[] b;
    private final Map<Integer, List<Integer>> b2j = new HashMap<>();

    private SequenceMatcher(String a, String b) {
        this.a = a.codePoints().toArray();
        this.b = b.codePoints().toArray();
        indexB();
    }

    /** 2*M/T, as difflib's {@code ratio()}: 1.0 for two empty strings. */
    public static double ratio(String a, String b) {
        SequenceMatcher m = new SequenceMatcher(a, b);
        int total = m.a.length + m.b.length;
        if (total == 0) {
            return 1.0;
        }
        int matches = 0;
        for (int[] block : m.matchingBlocks()) {
            matches += block[2];
        }
        return 2.0 * matches / total;
    }

    private void indexB() {
        for (int j = 0; j < b.length; j++) {
            b2j.computeIfAbsent(b[j], k -> new ArrayList<>()).add(j);
        }
        int n = b.length;
        if (n >= 200) {
            int ntest = n / 100 + 1;
            b2j.values().removeIf(idxs -> idxs.size() > ntest);
        }
    }

    /** difflib's find_longest_match with no junk function (popular elements may still extend). */
    private int[] longestMatch(int alo, int ahi, int blo, int bhi) {
        int besti = alo;
        int bestj = blo;
        int bestsize = 0;
        Map<Integer, Integer> j2len = new HashMap<>();
        for (int i = alo; i < ahi; i++) {
            Map<Integer, Integer> newj2len = new HashMap<>();
            for (int j : b2j.getOrDefault(a[i], List.of())) {
                if (j < blo) {
                    continue;
                }
                if (j >= bhi) {
                    break;
                }
                int k = j2len.getOrDefault(j - 1, 0) + 1;
                newj2len.put(j, k);
                if (k > bestsize) {
                    besti = i - k + 1;
                    bestj = j - k + 1;
                    bestsize = k;
                }
            }
            j2len = newj2len;
        }
        while (besti > alo && bestj > blo && a[besti - 1] == b[bestj - 1]) {
            besti--;
            bestj--;
            bestsize++;
        }
        while (besti + bestsize < ahi && bestj + bestsize < bhi && a[besti + bestsize] == b[bestj + bestsize]) {
            bestsize++;
        }
        return new int[] {besti, bestj, bestsize};
    }

    private List<int[]> matchingBlocks() {
        Deque<int[]> queue = new ArrayDeque<>();
        queue.push(new int[] {0, a.length, 0, b.length});
        List<int[]> blocks = new ArrayList<>();
        while (!queue.isEmpty()) {
            int[] q = queue.pop();
            int alo = q[0], ahi = q[1], blo = q[2], bhi = q[3];
            int[] x = longestMatch(alo, ahi, blo, bhi);
            int i = x[0], j = x[1], k = x[2];
            if (k > 0) {
                blocks.add(x);
                if (alo < i && blo < j) {
                    queue.push(new int[] {alo, i, blo, j});
                }
                if (i + k < ahi && j + k < bhi) {
                    queue.push(new int[] {i + k, ahi, j + k, bhi});
                }
            }
        }
        blocks.sort(Comparator.<int[]>comparingInt(t -> t[0]).thenComparingInt(t -> t[1]));
        return blocks;
    }
}
