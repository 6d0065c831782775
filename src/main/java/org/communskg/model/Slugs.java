package org.communskg.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/** Deterministic, readable path segments for IRIs. */
public final class Slugs {
    static final int MAX_LENGTH = 80;

    private Slugs() {
    }

    /**
     * Folds accents and case, turns everything that is not a letter or digit into single dashes.
     * Over {@value #MAX_LENGTH} characters, the slug is cut and a short hash of the whole keeps it unique.
     * <pre>{@code Slugs.slug("Rémi Gerbet") -> "remi-gerbet"}</pre>
     */
    public static String slug(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .replace("œ", "oe").replace("Œ", "oe").replace("æ", "ae").replace("Æ", "ae")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (folded.isEmpty()) {
            return "x-" + hash(text);
        }
        if (folded.length() <= MAX_LENGTH) {
            return folded;
        }
        String cut = folded.substring(0, MAX_LENGTH - 9).replaceAll("-+$", "");
        return cut + "-" + hash(folded);
    }

    /** The first 8 hex digits of the SHA-256 of the text. */
    public static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
