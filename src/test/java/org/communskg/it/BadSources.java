package org.communskg.it;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A batch of real files and URLs, each bad in one way, beside good articles: the sources and,
 * for each bad one, the words its one-line message must hold.
 */
final class BadSources {
    static final String GERMAN = "Der Rat nahm am 8. November an der Veranstaltung teil, die von dem Verein organisiert "
            + "und von der Bank unterstützt wurde. Die Veranstaltung war Teil der europäischen Woche über den digitalen "
            + "Wandel in der Sozialwirtschaft, mit den Akteuren der Regionen und der Kommunen, die auch eingeladen wurden.\n";
    /** Bad source to the words its message must hold. */
    final Map<String, String> bad = new LinkedHashMap<>();
    /** Sources that must be imported. */
    final List<String> good = new ArrayList<>();
    /** Folders given as arguments, which expand to some of the sources above. */
    final List<String> arguments = new ArrayList<>();
    String latin1;

    BadSources(Path dir, BadServer server) throws IOException {
        Files.createDirectories(dir);
        file(dir, "empty.md", new byte[0], "empty file");
        file(dir, "binary.md", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13}, "binary content");
        Path big = dir.resolve("big.md");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(50L * 1024 * 1024); // a real 50 MB file (sparse)
        }
        add(big, "over the 10485760-byte limit");
        byte[] utf8 = SampleArticles.article(1).getBytes(StandardCharsets.UTF_8);
        utf8[utf8.length - 3] = (byte) 0xFF;
        file(dir, "invalid-utf8.md", utf8, "invalid UTF-8 at byte " + (utf8.length - 3));
        file(dir, "nobody.html", "<html><head><title>Sans corps</title></head></html>".getBytes(StandardCharsets.UTF_8),
                "no body text");
        text(dir, "not-yaml.md", "---\ntitle: T\n{{ oops: [\n---\n" + body(2), "front matter line 3 is not YAML");
        text(dir, "bad-date.md", "---\ndate: 2024-02-31\n---\n" + body(3), "date '2024-02-31' is not a date");
        text(dir, "german.md", "---\ntitle: Bericht\n---\n" + GERMAN, "looks German");
        Path latin = dir.resolve("latin1.md");
        Files.write(latin, SampleArticles.article(5).getBytes(Charset.forName("windows-1252")));
        latin1 = latin.toString();
        good.add(latin1);
        Path ok = dir.resolve("good.md");
        Files.writeString(ok, SampleArticles.article(6));
        good.add(ok.toString());
        Path folder = Files.createDirectories(dir.resolve("folder"));
        Files.writeString(folder.resolve("inside.md"), SampleArticles.article(7));
        good.add(folder.resolve("inside.md").toString());
        Files.createSymbolicLink(folder.resolve("loop"), folder.toAbsolutePath());
        bad.put(folder.resolve("loop").toString(), "symbolic link loop");
        arguments.add(dir.toString());

        urls(server);
    }

    private void urls(BadServer server) throws IOException {
        good.add(server.url("/good"));
        bad.put(BadServer.unreachable(), "cannot connect");
        bad.put(server.url("/missing"), "HTTP 404");
        bad.put(server.url("/broken"), "HTTP 500");
        bad.put(server.url("/loop-a"), "redirect loop");
        bad.put(server.url("/never"), "no answer within the 1 s read timeout");
        bad.put(server.url("/trickle"), "longer than the 3 s fetch timeout");
        bad.put(server.url("/report.pdf"), "content type application/pdf is not an article");
        bad.put(server.url("/huge"), "the download is 2147483648 bytes, over the 10485760-byte limit");
        bad.put(server.url("/huge-chunked"), "passed the 10485760-byte limit; stopped reading");
        for (String url : bad.keySet()) {
            if (url.startsWith("http")) {
                arguments.add(url);
            }
        }
        arguments.add(server.url("/good"));
    }

    private static String body(int i) {
        String md = SampleArticles.article(i);
        return md.substring(md.indexOf("---", 4) + 4);
    }

    private void text(Path dir, String name, String content, String expected) throws IOException {
        file(dir, name, content.getBytes(StandardCharsets.UTF_8), expected);
    }

    private void file(Path dir, String name, byte[] bytes, String expected) throws IOException {
        add(Files.write(dir.resolve(name), bytes), expected);
    }

    private void add(Path file, String expected) {
        bad.put(file.toString(), expected);
    }
}
