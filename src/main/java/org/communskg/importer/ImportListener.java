package org.communskg.importer;

/** Hears about each article of a batch as it is imported. */
public interface ImportListener {
    void imported(ImportResult result);

    /** The source was skipped; nothing of it was written. */
    void failed(String source, String message);

    ImportListener NONE = new ImportListener() {
        @Override
        public void imported(ImportResult result) {
        }

        @Override
        public void failed(String source, String message) {
        }
    };
}
