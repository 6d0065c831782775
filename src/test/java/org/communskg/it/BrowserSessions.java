package org.communskg.it;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The browsers a page test opens on a {@link SeededServer}, each under the coming
 * {@code Content-Security-Policy: script-src 'self'} (an inline script would be refused and logged):
 * after each test, every one of them must have stayed clean (no console error, no request leaving
 * localhost), and all are closed.
 *
 * <pre>{@code
 * @RegisterExtension
 * final BrowserSessions browsers = new BrowserSessions(SERVER);
 * Browser b = browsers.phone();
 * }</pre>
 */
public final class BrowserSessions implements AfterEachCallback {
    private final SeededServer server;
    private final List<Browser> open = new ArrayList<>();

    public BrowserSessions(SeededServer server) {
        this.server = server;
    }

    /** A desktop-sized browser (1280 × 900). */
    public Browser desktop() {
        return open(1280, 900);
    }

    /** A phone's screen (390 × 844, emulated by {@link Browser}). */
    public Browser phone() {
        return open(390, 844);
    }

    private Browser open(int width, int height) {
        Browser b = Browser.open(server.http().root(), width, height)
                .withResponseHeader("Content-Security-Policy", "script-src 'self'");
        open.add(b);
        return b;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        try {
            open.forEach(Browser::assertClean);
        } finally {
            open.forEach(Browser::close);
            open.clear();
        }
    }
}
