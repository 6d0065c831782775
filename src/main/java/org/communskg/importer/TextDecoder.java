package org.communskg.importer;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a file or download into text, or refuses them with one line. UTF-8 is
 * expected. Bytes that are not UTF-8 and hold no UTF-8 sequence at all are read as windows-1252
 * (Latin-1 and its superset, the encoding of many older French pages), with a warning; bytes
 * that mix valid UTF-8 with invalid sequences are a damaged file and are refused, as are empty
 * and binary content.
 *
 * <pre>{@code
 * TextDecoder.Decoded d = TextDecoder.decode("a.md", Files.readAllBytes(path), null);
 * if (d.warning() != null) listener.warned("a.md", d.warning());
 * }</pre>
 */
final class TextDecoder {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** Above this share of control bytes, the content is not text. */
    private static final double MAX_CONTROL_SHARE = 0.01;

    /** The text, and a warning when it was not read as UTF-8 (null otherwise). */
    record Decoded(String text, String warning) {
    }

    private TextDecoder() {
    }

    /**
     * @param declared the charset the server declared, or null to detect it
     * @throws ImportException when the bytes are empty, binary or damaged UTF-8
     */
    static Decoded decode(String source, byte[] bytes, Charset declared) {
        if (bytes.length == 0) {
            throw new ImportException(source, "empty file (0 bytes)");
        }
        if (hasBom(bytes, 0xFE, 0xFF) || hasBom(bytes, 0xFF, 0xFE)) {
            return new Decoded(strict(source, bytes, StandardCharsets.UTF_16), null);
        }
        checkNotBinary(source, bytes);
        if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
            return new Decoded(strict(source, bytes, declared), null);
        }
        try {
            return new Decoded(decoder(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes)).toString(), null);
        } catch (CharacterCodingException e) {
            return notUtf8(source, bytes);
        }
    }

    private static Decoded notUtf8(String source, byte[] bytes) {
        int bad = firstInvalidUtf8(bytes);
        if (hasMultiByteUtf8(bytes)) {
            throw new ImportException(source, "invalid UTF-8 at byte " + bad + " (the file mixes encodings or is damaged)");
        }
        try {
            String text = decoder(WINDOWS_1252).decode(ByteBuffer.wrap(bytes)).toString();
            return new Decoded(text, "not UTF-8 (first non-UTF-8 byte at " + bad + "): read as Latin-1 (windows-1252)");
        } catch (CharacterCodingException e) {
            throw new ImportException(source, "not UTF-8 nor Latin-1 text (invalid UTF-8 at byte " + bad + ")", e);
        }
    }

    private static void checkNotBinary(String source, byte[] bytes) {
        int controls = 0;
        for (byte b : bytes) {
            int c = b & 0xFF;
            if (c == 0) {
                throw new ImportException(source, "binary content (NUL bytes), not text");
            }
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c == 0x7F) {
                controls++;
            }
        }
        if (controls > bytes.length * MAX_CONTROL_SHARE) {
            throw new ImportException(source, "binary content (" + controls + " control bytes), not text");
        }
    }

    private static String strict(String source, byte[] bytes, Charset charset) {
        try {
            return decoder(charset).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ImportException(source, "not valid " + charset.name() + " text", e);
        }
    }

    private static java.nio.charset.CharsetDecoder decoder(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static boolean hasBom(byte[] bytes, int first, int second) {
        return bytes.length >= 2 && (bytes[0] & 0xFF) == first && (bytes[1] & 0xFF) == second;
    }

    /** Whether some well-formed UTF-8 sequence of two to four bytes occurs: then the file meant UTF-8. */
    private static boolean hasMultiByteUtf8(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            int n = sequenceLength(bytes, i);
            if (n > 1) {
                return true;
            }
        }
        return false;
    }

    private static int firstInvalidUtf8(byte[] bytes) {
        for (int i = 0; i < bytes.length; i += Math.max(1, sequenceLength(bytes, i))) {
            if (sequenceLength(bytes, i) == 0) {
                return i;
            }
        }
        return -1;
    }

    /** The length of the well-formed UTF-8 sequence starting at {@code i}, or 0 when none starts there. */
    private static int sequenceLength(byte[] bytes, int i) {
        int lead = bytes[i] & 0xFF;
        int n = lead < 0x80 ? 1 : lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3
                : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
        if (n == 0 || i + n > bytes.length) {
            return 0;
        }
        for (int k = 1; k < n; k++) {
            if ((bytes[i + k] & 0xC0) != 0x80) {
                return 0;
            }
        }
        return n;
    }
}
