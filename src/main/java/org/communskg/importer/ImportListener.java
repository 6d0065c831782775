package org.communskg.importer;

/** Hears about each article of a batch as it is imported. */
public interface ImportListener {
    /** The sources are expanded (folders into their files): {@code total} articles are to come. */
    default void started(int total) {
    }

    void imported(ImportResult result);

    /** The source was skipped; nothing of it was written. */
    void failed(String source, String message);

    /** The source is imported, but not quite as given (read as Latin-1, say); {@code message} says how. */
    default void warned(String source, String message) {
    }

    ImportListener NONE = new ImportListener() {
        @Override
        public void imported(ImportResult result) {
        }

        @Override
        public void failed(String source, String message) {
        }
    };
}
