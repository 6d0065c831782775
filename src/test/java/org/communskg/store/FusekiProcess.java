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

/**
 * A real, standalone Fuseki server (jena-fuseki-server, copied to target/fuseki by the build),
 * run as a separate process over a TDB2 dataset with a union default graph.
 */
final class FusekiProcess implements AutoCloseable {
    private final Process process;
    private final int port;

    private FusekiProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static FusekiProcess start(Path workDir) throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("fuseki.jar", "target/fuseki/fuseki-server.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("Fuseki server jar missing at " + jar + ": run the build through 'verify'");
        }
        Path db = Files.createDirectories(workDir.resolve("db"));
        Path system = Files.createDirectories(workDir.resolve("db-system"));
        Path base = Files.createDirectories(workDir.resolve("run"));
        Path config = workDir.resolve("config.ttl");
        Files.writeString(config, """
                PREFIX fuseki: <http://jena.apache.org/fuseki#>
                PREFIX tdb2:   <http://jena.apache.org/2016/tdb#>
                <#service> a fuseki:Service ;
                    fuseki:name "kg" ;
                    fuseki:endpoint [ fuseki:operation fuseki:query ; fuseki:name "query" ] ;
                    fuseki:endpoint [ fuseki:operation fuseki:update ; fuseki:name "update" ] ;
                    fuseki:endpoint [ fuseki:operation fuseki:gsp-rw ; fuseki:name "data" ] ;
                    fuseki:endpoint [ fuseki:operation fuseki:gsp-rw ] ;
                    fuseki:dataset <#ds> .
                <#ds> a tdb2:DatasetTDB2 ;
                    tdb2:location "%s" ;
                    tdb2:unionDefaultGraph true .
                # The system dataset beside it (RemoteGraphStore.system(): the same name + "-system").
                <#system> a fuseki:Service ;
                    fuseki:name "kg-system" ;
                    fuseki:endpoint [ fuseki:operation fuseki:query ; fuseki:name "query" ] ;
                    fuseki:endpoint [ fuseki:operation fuseki:gsp-rw ; fuseki:name "data" ] ;
                    fuseki:dataset [ a tdb2:DatasetTDB2 ; tdb2:location "%s" ] .
                """.formatted(path(db), path(system)));
        int port = freePort();
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", jar.toAbsolutePath().toString(), "--port=" + port, "--config=" + config)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(workDir.resolve("fuseki.log").toFile());
        pb.environment().put("FUSEKI_BASE", base.toString());
        FusekiProcess fuseki = new FusekiProcess(pb.start(), port);
        fuseki.awaitReady(workDir.resolve("fuseki.log"));
        return fuseki;
    }

    private static String path(Path folder) {
        return folder.toAbsolutePath().toString().replace("\\", "/");
    }

    String datasetUrl() {
        return "http://localhost:" + port + "/kg";
    }

    private void awaitReady(Path log) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Fuseki exited: " + Files.readString(log));
            }
            try {
                HttpResponse<Void> r = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/$/ping"))
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
