package org.communskg.importer;

import org.communskg.CommunsKgException;

/** One source could not be read or imported; the message names the source and the cause. */
public class ImportException extends CommunsKgException {
    private static final long serialVersionUID = 1L;
    private final String source;

    public ImportException(String source, String cause) {
        super(source + ": " + cause);
        this.source = source;
    }

    public ImportException(String source, String cause, Throwable e) {
        super(source + ": " + cause, e);
        this.source = source;
    }

    /** The file, folder entry or URL that failed. */
    public String source() {
        return source;
    }
}
