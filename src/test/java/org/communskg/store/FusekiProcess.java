package org.communskg.store;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A real, standalone Fuseki server (jena-fuseki-server, copied to target/fuseki by the build), run
 * as a separate process the way the README tells users to run it: with the configuration
 * {@code examples/fuseki-config.ttl} (the dataset {@code /ds} with its union default graph, and
 * {@code /ds-system} for permalinks), {@code FUSEKI_BASE} set.
 *
 * <pre>{@code
 * try (FusekiProcess fuseki = FusekiProcess.start(tempDir)) { RemoteGraphStore.connect(fuseki.datasetUrl()); }
 * }</pre>
 */
public final class FusekiProcess implements AutoCloseable {
    /** The URL of a Fuseki dataset started outside the tests (by {@code .ci/run}); empty when none. */
    public static final String EXTERNAL_KEY = "communskg.test.fuseki";

    private final Process process;
    private final int port;

    private FusekiProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** The dataset URL of a server started outside the tests, from the system property or COMMUNSKG_TEST_FUSEKI. */
    public static java.util.Optional<String> external() {
        String url = System.getProperty(EXTERNAL_KEY, System.getenv("COMMUNSKG_TEST_FUSEKI"));
        return url == null || url.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(url.strip());
    }

    public static FusekiProcess start(Path workDir) throws IOException, InterruptedException {
        return start(workDir, true);
    }

    /** A server whose default graph is its own (empty) graph, not the union: a misconfiguration to refuse. */
    public static FusekiProcess startWithoutUnion(Path workDir) throws IOException, InterruptedException {
        return start(workDir, false);
    }

    private static FusekiProcess start(Path workDir, boolean union) throws IOException, InterruptedException {
        // The README's configuration (examples/fuseki-config.ttl): /ds with its union default graph, and
        // /ds-system beside it for permalinks; without the union, a misconfigured server to refuse.
        String config = Files.readString(Path.of("examples/fuseki-config.ttl"));
        if (!union) {
            config = config.replace("tdb2:unionDefaultGraph true", "tdb2:unionDefaultGraph false");
        }
        Path configFile = Files.writeString(Files.createDirectories(workDir).resolve("config.ttl"), config);
        return launch(workDir, "--config=" + configFile.toAbsolutePath());
    }

    /**
     * A read-only replica as the README's "Scaling out" starts it: {@code /ds} on an existing TDB2 folder,
     * union default graph, no {@code --update}, so SPARQL queries are answered and every write is refused.
     */
    public static FusekiProcess startReadOnly(Path workDir, Path tdb2Folder) throws IOException, InterruptedException {
        return launch(workDir, "--loc=" + tdb2Folder.toAbsolutePath(), "--tdb2", "--set", "tdb2:unionDefaultGraph=true", "/ds");
    }

    /** The folder of {@code /ds}'s TDB2 database for a server started with the configuration file. */
    public static Path configuredDatabase(Path workDir) {
        return workDir.resolve("db");
    }

    private static FusekiProcess launch(Path workDir, String... serverArgs) throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("fuseki.jar", "target/fuseki/fuseki-server.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("Fuseki server jar missing at " + jar + ": run the build through 'verify'");
        }
        Path base = Files.createDirectories(workDir.resolve("run"));
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", jar.toAbsolutePath().toString(), "--localhost", "--port=" + port));
        command.addAll(List.of(serverArgs));
        ProcessBuilder pb = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(workDir.resolve("fuseki.log").toFile());
        pb.environment().put("FUSEKI_BASE", base.toString());
        FusekiProcess fuseki = new FusekiProcess(pb.start(), port);
        fuseki.awaitReady(workDir.resolve("fuseki.log"));
        return fuseki;
    }

    public String datasetUrl() {
        return "http://127.0.0.1:" + port + "/ds";
    }

    private void awaitReady(Path log) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Fuseki exited: " + Files.readString(log));
            }
            try {
                HttpResponse<Void> r = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/$/ping"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // the server is still starting
            }
            Thread.sleep(200);
        }
        close();
        throw new IllegalStateException("Fuseki did not start within 60 s: " + Files.readString(log));
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
