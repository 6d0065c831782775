package org.communskg.importer;

import java.util.List;

/**
 * The outcome of a batch.
 *
 * @param imported the articles written
 * @param failures one line per source that was skipped
 */
public record ImportSummary(List<ImportResult> imported, List<String> failures) {
    public ImportSummary {
        imported = List.copyOf(imported);
        failures = List.copyOf(failures);
    }

    public long triples() {
        return imported.stream().mapToLong(ImportResult::triples).sum();
    }

    public String line() {
        return String.format("Imported %d article(s), %d triples; %d failed.", imported.size(), triples(), failures.size());
    }
}
