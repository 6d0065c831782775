package org.communskg.importer;

import java.util.List;

/**
 * The outcome of a batch.
 *
 * @param imported the articles written
 * @param failures one line per source that was skipped
 * @param warnings one line per source imported with a warning (such as read as Latin-1)
 */
public record ImportSummary(List<ImportResult> imported, List<String> failures, List<String> warnings) {
    public ImportSummary {
        imported = List.copyOf(imported);
        failures = List.copyOf(failures);
        warnings = List.copyOf(warnings);
    }

    public long triples() {
        return imported.stream().mapToLong(ImportResult::triples).sum();
    }

    public String line() {
        return String.format("Imported %d article(s), %d triples; %d failed, %d warning(s).", imported.size(), triples(),
                failures.size(), warnings.size());
    }
}
