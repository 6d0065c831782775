package org.communskg.importer;

import org.communskg.CommunsKgException;

/** One source could not be read or imported; the message names the source and the cause. */
public class ImportException extends CommunsKgException {
    private static final long serialVersionUID = 1L;
    private final String source;

    public ImportException(String source, String cause) {
        super(oneLine(source + ": " + cause));
        this.source = source;
    }

    public ImportException(String source, String cause, Throwable e) {
        super(oneLine(source + ": " + cause), e);
        this.source = source;
    }

    /** A cause may quote the input (a front-matter value, a URL); the report stays one line per source. */
    private static String oneLine(String message) {
        return message.replaceAll("\\s*[\\r\\n\\u2028\\u2029\\u0085]+\\s*", " ");
    }

    /** The file, folder entry or URL that failed. */
    public String source() {
        return source;
    }
}
