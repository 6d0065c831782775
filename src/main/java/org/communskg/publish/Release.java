package org.communskg.publish;

import java.nio.file.Path;
import java.util.List;

/**
 * One frozen release: a folder named after its version ({@code 2026-11-28}, then
 * {@code 2026-11-28.2} for a second one that day) holding the five dumps, {@code SHA256SUMS},
 * {@code manifest.tsv} and its catalogue entry {@code catalog.ttl}.
 *
 * @param version the folder name, also the path segment in {@code /releases/<version>/<file>}
 * @param folder  where it lives
 * @param files   its dumps
 */
public record Release(String version, Path folder, List<DumpFile> files) {
    public static final String CATALOGUE_ENTRY = "catalog.ttl";

    /** The files a client may download from it: the dumps, the checksums and the catalogue entry. */
    public boolean serves(String name) {
        return DumpSet.SHA256SUMS.equals(name) || CATALOGUE_ENTRY.equals(name)
                || files.stream().anyMatch(f -> f.name().equals(name));
    }
}
