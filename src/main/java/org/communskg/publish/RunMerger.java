package org.communskg.publish;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.Consumer;

/** The k-way merge of sorted run files behind {@link LineSorter}, dropping duplicate lines. */
final class RunMerger {
    /** The most run files open at once. */
    static final int FAN_IN = 64;

    private RunMerger() {
    }

    private record Head(String line, BufferedReader reader) {
    }

    /** Hands the distinct lines of the sorted {@code runs} to {@code sink}, in order; returns how many. */
    static long merge(List<Path> runs, Consumer<String> sink) {
        PriorityQueue<Head> heads = new PriorityQueue<>(Comparator.comparing(Head::line, LineSorter.CODE_POINT_ORDER));
        List<BufferedReader> readers = new ArrayList<>();
        try {
            for (Path run : runs) {
                BufferedReader r = Files.newBufferedReader(run, StandardCharsets.UTF_8);
                readers.add(r);
                push(heads, r);
            }
            long n = 0;
            String previous = null;
            while (!heads.isEmpty()) {
                Head h = heads.poll();
                if (!h.line().equals(previous)) {
                    sink.accept(h.line());
                    n++;
                }
                previous = h.line();
                push(heads, h.reader());
            }
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            readers.forEach(RunMerger::closeQuietly);
        }
    }

    private static void push(PriorityQueue<Head> heads, BufferedReader r) throws IOException {
        String line = r.readLine();
        if (line != null) {
            heads.add(new Head(line, r));
        }
    }

    private static void closeQuietly(BufferedReader r) {
        try {
            r.close();
        } catch (IOException ignored) {
            // a run that fails to close is deleted with its folder anyway
        }
    }
}
