package org.communskg.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** A one-shot headless Chromium in a fresh profile, printing the DOM it rendered (no driver needed). */
final class ChromiumDump {
    private ChromiumDump() {
    }

    /**
     * The DOM Chromium builds for a URL, after its scripts (if any) have run, from a one-shot
     * {@code chromium --dump-dom}. The flags keep it from reaching for the network on its own.
     */
    static String dumpDom(String url) {
        Path profile = null;
        try {
            profile = Files.createTempDirectory("chromium");
            return Tools.run(List.of(Tools.CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                    "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--user-data-dir=" + profile, "--dump-dom", url)).ok().out();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(profile);
        }
    }

    private static void delete(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
