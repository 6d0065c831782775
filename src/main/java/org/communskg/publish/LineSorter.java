package org.communskg.publish;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * An external merge sort of text lines by Unicode code point, duplicates dropped. Lines are kept
 * in memory up to a budget, then sorted and spilled to a temporary file; {@link #drain} merges the
 * files. Memory stays flat however many lines go in.
 *
 * <pre>{@code
 * try (LineSorter sorter = LineSorter.withBudget(8_000_000)) {
 *     lines.forEach(sorter::add);
 *     sorter.drain(System.out::println);
 * }
 * }</pre>
 */
public final class LineSorter implements AutoCloseable {
    /** Code-point order (the order of UTF-8 bytes), which {@link String#compareTo} is not past U+FFFF. */
    public static final Comparator<String> CODE_POINT_ORDER = LineSorter::compareCodePoints;

    private final long budgetChars;
    private final Path folder;
    private final List<Path> runs = new ArrayList<>();
    private String[] buffer = new String[1024];
    private int size;
    private long chars;

    private LineSorter(long budgetChars, Path folder) {
        this.budgetChars = budgetChars;
        this.folder = folder;
    }

    /** @param budgetChars how many characters of lines to hold before spilling a sorted run */
    public static LineSorter withBudget(long budgetChars) {
        try {
            return new LineSorter(budgetChars, Files.createTempDirectory("communs-kg-sort"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void add(String line) {
        if (size == buffer.length) {
            buffer = Arrays.copyOf(buffer, size * 2);
        }
        buffer[size++] = line;
        chars += line.length() + 16;
        if (chars >= budgetChars) {
            spill();
        }
    }

    /** Hands every distinct line to {@code sink}, in code-point order; returns how many. */
    public long drain(Consumer<String> sink) {
        if (runs.isEmpty()) {
            sortBuffer();
            return emitUnique(Arrays.asList(buffer).subList(0, size).iterator(), sink);
        }
        if (size > 0) {
            spill();
        }
        return merge(sink);
    }

    private void sortBuffer() {
        Arrays.sort(buffer, 0, size, CODE_POINT_ORDER);
    }

    private void spill() {
        sortBuffer();
        try {
            Path run = Files.createTempFile(folder, "run", ".txt");
            try (BufferedWriter w = Files.newBufferedWriter(run, StandardCharsets.UTF_8)) {
                emitUnique(Arrays.asList(buffer).subList(0, size).iterator(), line -> write(w, line));
            }
            runs.add(run);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // A fresh array, so the spilled lines can be collected.
        buffer = new String[Math.max(1024, size)];
        size = 0;
        chars = 0;
    }

    private static void write(BufferedWriter w, String line) {
        try {
            w.write(line);
            w.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long emitUnique(java.util.Iterator<String> sorted, Consumer<String> sink) {
        long n = 0;
        String previous = null;
        while (sorted.hasNext()) {
            String line = sorted.next();
            if (!line.equals(previous)) {
                sink.accept(line);
                n++;
            }
            previous = line;
        }
        return n;
    }

    /** Merges the runs, first in groups of {@link RunMerger#FAN_IN} so that few files are open at once. */
    private long merge(Consumer<String> sink) {
        try {
            while (runs.size() > RunMerger.FAN_IN) {
                List<Path> group = new ArrayList<>(runs.subList(0, RunMerger.FAN_IN));
                runs.subList(0, RunMerger.FAN_IN).clear();
                Path merged = Files.createTempFile(folder, "merged", ".txt");
                try (BufferedWriter w = Files.newBufferedWriter(merged, StandardCharsets.UTF_8)) {
                    RunMerger.merge(group, line -> write(w, line));
                }
                for (Path p : group) {
                    Files.delete(p);
                }
                runs.add(merged);
            }
            return RunMerger.merge(runs, sink);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int compareCodePoints(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                return fixUp(x) - fixUp(y);
            }
        }
        return a.length() - b.length();
    }

    /** Moves surrogates above the rest of the BMP, which turns UTF-16 order into code-point order. */
    private static int fixUp(char c) {
        if (c >= 0xE000) {
            return c - 0x800;
        }
        return c >= 0xD800 ? c + 0x2000 : c;
    }

    @Override
    public void close() {
        buffer = null;
        try (var files = Files.list(folder)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Files.deleteIfExists(p);
            }
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
