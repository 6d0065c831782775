package org.communskg.cli;

import java.nio.file.Path;
import org.communskg.Settings;
import picocli.CommandLine.Option;

/** The options every verb takes. */
final class CommonOptions {
    @Option(names = "--store", paramLabel = "PATH|URL",
            description = "The TDB2 folder, or the URL of a Fuseki dataset such as http://127.0.0.1:3030/ds "
                    + "(default: ${DEFAULT-VALUE}).", defaultValue = Settings.DEFAULT_STORE)
    String store;

    @Option(names = "--base-uri", paramLabel = "IRI",
            description = "The base of minted IRIs (default: ${DEFAULT-VALUE}).", defaultValue = Settings.DEFAULT_BASE_URI)
    String baseUri;

    @Option(names = "--authority", paramLabel = "DIR",
            description = "A folder with your own authority files (default: the bundled ones).")
    Path authority;

    @Option(names = "--corrections", paramLabel = "FILE",
            description = "A curator's corrections file (default: ${DEFAULT-VALUE}, when it exists).",
            defaultValue = Settings.DEFAULT_CORRECTIONS)
    Path corrections;

    @Option(names = "--verbose", description = "Print stack traces on failure.")
    boolean verbose;

    Settings settings() {
        Settings s = Settings.defaults().withStoreLocation(store).withBaseUri(baseUri).withCorrections(corrections);
        return authority == null ? s : s.withAuthority(authority);
    }
}
