package org.communskg.synthetic;

import java.util.SplittableRandom;

/**
 * Picks ranks in {@code [0, size)} with probability about proportional to {@code 1 / (rank + 1)}
 * (a Zipf law of exponent 1): a few persons and organizations are named in many articles, most in
 * one or two, as in the real graph. Rank 0 is the most connected.
 */
final class PowerLaw {
    private final long size;

    PowerLaw(long size) {
        this.size = Math.max(2, size);
    }

    /** A log-uniform draw: {@code size^u - 1} has a density proportional to {@code 1/(x+1)}. */
    long pick(SplittableRandom random) {
        return Math.min(size - 1, (long) Math.pow(size, random.nextDouble()) - 1);
    }

    /** {@code n} distinct ranks, so that no quad of an article is written twice. */
    long[] distinct(SplittableRandom random, int n) {
        long[] out = new long[n];
        for (int k = 0; k < n; k++) {
            long pick;
            boolean seen;
            do {
                pick = pick(random);
                seen = false;
                for (int j = 0; j < k; j++) {
                    seen |= out[j] == pick;
                }
            } while (seen);
            out[k] = pick;
        }
        return out;
    }
}
