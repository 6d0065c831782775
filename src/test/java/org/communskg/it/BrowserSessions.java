package org.communskg.it;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The browsers a page test opens on a {@link SeededServer}: after each test, every one of them
 * must have stayed clean (no console error, no request leaving localhost), and all are closed.
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

    /**
     * A phone: headless Chromium keeps windows at least 500 px wide, so the viewport itself is
     * emulated at 390 × 844 through the DevTools protocol.
     */
    public Browser phone() {
        Browser b = open(390, 844);
        ((ChromeDriver) b.driver()).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
        return b;
    }

    private Browser open(int width, int height) {
        Browser b = Browser.open(server.http().root(), width, height);
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
