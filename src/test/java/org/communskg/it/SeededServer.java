package org.communskg.it;

import org.communskg.App;
import org.communskg.Seeded;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The app over a fresh TDB2 folder with the seed imported, served on a random port for a whole
 * test class: {@code @RegisterExtension static final SeededServer SERVER = new SeededServer();}
 */
public final class SeededServer implements BeforeAllCallback, AfterAllCallback {
    private TestServer server;

    @Override
    public void beforeAll(ExtensionContext context) {
        server = TestServer.start(settings -> settings, Seeded.SEED);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        server.close();
    }

    public App app() {
        return server.app();
    }

    public Http http() {
        return server.http();
    }
}
