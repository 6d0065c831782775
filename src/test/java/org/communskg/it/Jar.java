package org.communskg.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs the shaded jar as a user does, in a child JVM. */
final class Jar {
    record Run(int code, String out, String err) {
    }

    /** A jar process still running, with the files its standard output and error go to. */
    record Started(Process process, Path out, Path err) {
        /** What the process has written to standard output so far. */
        String outSoFar() {
            return read(out);
        }

        Run waitFor() throws InterruptedException {
            int code = process.waitFor();
            return new Run(code, read(out), read(err));
        }
    }

    private Jar() {
    }

    static Run run(Path work, String... args) {
        return run(work, List.of(), args);
    }

    /** Runs the jar with JVM options such as {@code -Dcommunskg.import.readTimeoutSeconds=1} before {@code -jar}. */
    static Run run(Path work, List<String> jvmOptions, String... args) {
        try {
            return start(work, jvmOptions, args).waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Starts the jar without waiting for it. */
    static Started start(Path work, List<String> jvmOptions, String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-jar", System.getProperty("communskg.jar", "target/communs-kg.jar")));
        cmd.addAll(List.of(args));
        try {
            Path out = Files.createTempFile(work, "out", ".txt");
            Path err = Files.createTempFile(work, "err", ".txt");
            Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            return new Started(p, out, err);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
