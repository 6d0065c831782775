package org.communskg.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the outside tools that check what we publish: Debian's {@code rapper}, Python rdflib and
 * SPARQLWrapper under {@code /usr/bin/python3}, headless Chromium. {@code .ci/run} installs them;
 * a missing tool fails the test with a message saying what to install.
 */
public final class Tools {
    public static final String PYTHON = "/usr/bin/python3";
    public static final String RAPPER = "/usr/bin/rapper";
    public static final String CHROMIUM = "/usr/bin/chromium";

    private Tools() {
    }

    /** What a process printed and how it ended. */
    public record Result(int code, String out, String err) {
        public Result ok() {
            if (code != 0) {
                throw new AssertionError("exit " + code + "\nstdout: " + out + "\nstderr: " + err);
            }
            return this;
        }
    }

    public static Result run(List<String> command) {
        String exe = command.get(0);
        if (exe.startsWith("/") && !Files.isExecutable(Path.of(exe))) {
            throw new AssertionError(exe + " is missing: run .ci/run, or apt-get install raptor2-utils python3-rdflib "
                    + "python3-sparqlwrapper chromium");
        }
        try {
            Path out = Files.createTempFile("tool", ".out");
            Path err = Files.createTempFile("tool", ".err");
            Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("timed out: " + command);
            }
            Result r = new Result(p.exitValue(), Files.readString(out), Files.readString(err));
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
            return r;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Runs a Python script (given as text) with Debian's python3, which has rdflib and SPARQLWrapper. */
    public static Result python(String script, String... args) {
        List<String> cmd = new ArrayList<>(List.of(PYTHON, "-c", script));
        cmd.addAll(List.of(args));
        return run(cmd);
    }

    /** The number of triples rapper parses from a file ({@code syntax}: turtle, ntriples, nquads, trig, rdfxml). */
    public static long rapperCount(Path file, String syntax) {
        Result r = run(List.of(RAPPER, "-i", syntax, "-c", file.toString())).ok();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("returned (\\d+) (triples|statements)")
                .matcher(r.err());
        if (!m.find()) {
            throw new AssertionError("rapper said: " + r.err());
        }
        return Long.parseLong(m.group(1));
    }
}
