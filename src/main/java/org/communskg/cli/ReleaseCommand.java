package org.communskg.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.communskg.App;
import org.communskg.Settings;
import org.communskg.publish.Catalogue;
import org.communskg.publish.DumpFile;
import org.communskg.publish.Publishing;
import org.communskg.publish.Release;
import org.communskg.publish.Releases;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code release [--out releases/]}: validates, dumps and freezes a dated release. */
@Command(name = "release", mixinStandardHelpOptions = true,
        description = "Freeze a dated release (releases/YYYY-MM-DD/, then .2, .3 the same day): the five gzip dumps, "
                + "SHA256SUMS and a catalogue entry. Refuses a graph with SHACL violations and never overwrites a release.")
final class ReleaseCommand extends BaseCommand {
    @Option(names = "--out", paramLabel = "DIR", description = "The releases folder (default: " + Settings.DEFAULT_RELEASES + ").")
    Path out;

    @Option(names = "--licence", paramLabel = "IRI",
            description = "The licence of the data (default: Licence Ouverte 2.0, " + Settings.DEFAULT_LICENCE + ").")
    String licence;

    @Option(names = "--public-url", paramLabel = "URL",
            description = "The address the release will be served at, for its catalogue entry (default: ${DEFAULT-VALUE}).",
            defaultValue = "http://localhost:" + Settings.DEFAULT_PORT)
    String publicUrl;

    @Option(names = "--name", paramLabel = "VERSION",
            description = "Release under this version (a date, optionally .N) instead of today's; refused if it exists.")
    String name;

    @Override
    protected int run() {
        Settings settings = common.settings();
        settings = out == null ? settings : settings.withReleases(out);
        settings = licence == null ? settings : settings.withLicence(licence);
        try (App app = App.open(settings)) {
            Releases releases = Releases.in(settings.releases());
            String version = name != null ? name : releases.nextVersion(LocalDate.now(ZoneOffset.UTC));
            Publishing publishing = Publishing.from(settings, publicUrl);
            DumpProgress progress = DumpProgress.of(app.store(), 5);
            Release r = releases.create(app.store(), version,
                    staged -> Catalogue.of(publishing).releaseEntry(staged, Instant.now()), progress);
            progress.finish();
            for (DumpFile f : r.files()) {
                System.out.printf("%s  %d bytes  %d %s  sha256 %s%n", f.name(), f.bytes(), f.count(), f.unit(), f.sha256());
            }
            System.out.println("Released " + r.version() + " at " + r.folder());
            return 0;
        }
    }
}
