package org.communskg.importer;

import java.time.Duration;
import org.communskg.Settings;

/**
 * What the importer accepts from one source before giving up on it: a size cap (files and
 * downloads: a download stops reading at the cap, nothing larger is ever held in memory), the
 * HTTP connect and read timeouts, a deadline for a whole download, and how many redirects are
 * followed. The keys and defaults are in {@link org.communskg.Settings}.
 *
 * <pre>{@code
 * ImportLimits small = ImportLimits.defaults().withMaxBytes(1 << 20).withReadTimeout(Duration.ofSeconds(2));
 * Importer importer = Importer.builder().store(store).extractor(extractor).iris(iris).limits(small).build();
 * }</pre>
 *
 * @param maxBytes       the largest file or download read, in bytes
 * @param connectTimeout the longest wait for a server to accept the connection
 * @param readTimeout    the longest wait for the next bytes of an answer
 * @param fetchTimeout   the longest a whole download may take, however the bytes trickle in
 * @param maxRedirects   how many HTTP redirects are followed before giving up
 */
public record ImportLimits(long maxBytes, Duration connectTimeout, Duration readTimeout, Duration fetchTimeout,
                           int maxRedirects) {
    public ImportLimits {
        if (maxBytes <= 0 || maxRedirects < 0) {
            throw new IllegalArgumentException("maxBytes must be positive and maxRedirects not negative");
        }
    }

    /** The built-in defaults (10 MiB, 10 s connect, 30 s read, 120 s per download, 5 redirects). */
    public static ImportLimits defaults() {
        return new ImportLimits(Settings.DEFAULT_IMPORT_MAX_BYTES,
                Duration.ofSeconds(Settings.DEFAULT_IMPORT_CONNECT_TIMEOUT_SECONDS),
                Duration.ofSeconds(Settings.DEFAULT_IMPORT_READ_TIMEOUT_SECONDS),
                Duration.ofSeconds(Settings.DEFAULT_IMPORT_FETCH_TIMEOUT_SECONDS), Settings.DEFAULT_IMPORT_MAX_REDIRECTS);
    }

    public ImportLimits withMaxBytes(long value) {
        return new ImportLimits(value, connectTimeout, readTimeout, fetchTimeout, maxRedirects);
    }

    public ImportLimits withConnectTimeout(Duration value) {
        return new ImportLimits(maxBytes, value, readTimeout, fetchTimeout, maxRedirects);
    }

    public ImportLimits withReadTimeout(Duration value) {
        return new ImportLimits(maxBytes, connectTimeout, value, fetchTimeout, maxRedirects);
    }

    public ImportLimits withFetchTimeout(Duration value) {
        return new ImportLimits(maxBytes, connectTimeout, readTimeout, value, maxRedirects);
    }

    public ImportLimits withMaxRedirects(int value) {
        return new ImportLimits(maxBytes, connectTimeout, readTimeout, fetchTimeout, value);
    }
}
