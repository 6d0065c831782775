package org.communskg.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.communskg.importer.extract.Evidence;
import org.communskg.importer.extract.Extraction;

/**
 * A curator's corrections, applied at import without touching code: reject a fact, merge two
 * nodes, add a fact. The file is tab-separated with a header row and {@code #} comments:
 * {@code id action subject value organization article note}. Empty cells mean "none"; an empty
 * {@code article} means every article.
 *
 * <pre>{@code
 * Corrections c = Corrections.load(Path.of("data/curation/corrections.tsv"));
 * Corrections.Applied applied = c.apply(article, extraction);
 * }</pre>
 */
public final class Corrections {
    private final List<Correction> rows;

    private Corrections(List<Correction> rows) {
        this.rows = List.copyOf(rows);
    }

    public static Corrections none() {
        return new Corrections(List.of());
    }

    /** Reads a corrections file; a malformed row is an error naming the file and line. */
    public static Corrections load(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ImportException(file.toString(), "cannot read the corrections file: " + e.getMessage(), e);
        }
        List<Correction> rows = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#") || line.startsWith("id\t")) {
                continue;
            }
            Correction c = parse(file, i + 1, line.split("\t", -1));
            if (!ids.add(c.id())) {
                throw new ImportException(file + ":" + (i + 1), "duplicate correction id " + c.id());
            }
            rows.add(c);
        }
        return new Corrections(rows);
    }

    private static Correction parse(Path file, int lineNo, String[] cells) {
        String where = file + ":" + lineNo;
        if (cells.length < 3) {
            throw new ImportException(where, "a correction needs at least id, action and subject");
        }
        Correction.Action action;
        try {
            action = Correction.Action.parse(cells[1]);
        } catch (IllegalArgumentException e) {
            throw new ImportException(where, "unknown action '" + cells[1] + "'");
        }
        Correction c = new Correction(cell(cells, 0), action, cell(cells, 2), cell(cells, 3), cell(cells, 4),
                cell(cells, 5), cell(cells, 6));
        boolean needsValue = action == Correction.Action.MERGE_PERSON || action == Correction.Action.MERGE_ORG
                || action == Correction.Action.ADD_ROLE || action == Correction.Action.REJECT_ROLE;
        if (c.id() == null || c.subject() == null || needsValue && c.value() == null) {
            throw new ImportException(where, action.label() + " needs an id, a subject" + (needsValue ? " and a value" : ""));
        }
        return c;
    }

    private static String cell(String[] cells, int i) {
        return i < cells.length && !cells[i].isBlank() ? cells[i].strip() : null;
    }

    public List<Correction> all() {
        return rows;
    }

    /**
     * What the corrections did to one article.
     *
     * @param extraction the corrected extraction
     * @param applied    the corrections that changed something, for provenance
     */
    public record Applied(Extraction extraction, List<Correction> applied) {
    }

    public Applied apply(Article article, Extraction x) {
        Extraction current = x;
        List<Correction> applied = new ArrayList<>();
        for (Correction c : rows) {
            if (!c.appliesTo(article)) {
                continue;
            }
            Extraction next = CorrectionRules.apply(c, current, addedEvidence(c));
            if (!next.equals(current)) {
                applied.add(c);
                current = next;
            }
        }
        return new Applied(current, applied);
    }

    private static Evidence addedEvidence(Correction c) {
        return new Evidence("Correction " + c.id() + (c.note() == null ? "" : ": " + c.note()), 1.0);
    }
}
