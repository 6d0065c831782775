package org.communskg.importer.extract;

import java.nio.file.Path;

/** Debug helper: prints what the extractor finds in one Markdown article. Not a test. */
final class DumpExtraction {
    private DumpExtraction() {
    }

    public static void main(String[] args) {
        for (String a : args) {
            Extraction x = new RuleBasedExtractor().extract(org.communskg.importer.ArticleSources.load(a));
            System.out.println("### " + a);
            x.persons().forEach(p -> System.out.println("P  " + p.name() + " " + p.aliases()));
            x.organizations().forEach(o -> System.out.println("O  " + o.name() + " | " + o.acronym() + " | " + o.aliases()));
            x.roles().forEach(r -> System.out.println("R  " + r.person() + " / " + r.role() + " / " + r.organization()));
            x.events().forEach(e -> print(e, "E  "));
            x.publications().forEach(p -> System.out.println("B  " + p.title() + " / " + p.kind() + " / " + p.publisher() + " / " + p.mentionedBy()));
        }
    }

    private static void print(EventFact e, String indent) {
        System.out.println(indent + e.name() + " [" + e.kind() + "] " + e.date() + ".." + e.endDate() + " @" + e.location()
                + " org=" + e.organizers() + " sup=" + e.sponsors() + " part=" + e.participants() + " partOf=" + e.partOf()
                + " mod=" + e.moderator() + " spk=" + e.speakers());
        e.parts().forEach(p -> print(p, indent + "   "));
    }
}
