package org.communskg.store;

import java.io.OutputStream;
import java.util.function.Consumer;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFOps;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.communskg.model.Vocab;

/** Writes a dataset in any RIOT format, streaming where RIOT has a streaming writer. */
final class DatasetWriter {
    private DatasetWriter() {
    }

    static void write(DatasetGraph dsg, RDFFormat format, OutputStream out) {
        boolean quads = RDFLanguages.isQuads(format.getLang());
        Consumer<StreamRDF> source = quads ? stream -> dsg.find().forEachRemaining(stream::quad)
                : stream -> StreamRDFOps.sendTriplesToStream(dsg.getUnionGraph(), stream);
        if (stream(format, out, source)) {
            return;
        }
        if (quads) {
            RDFWriter.source(dsg).format(format).output(out);
        } else {
            RDFWriter.source(dsg.getUnionGraph()).format(format).output(out);
        }
    }

    /**
     * Writes what {@code source} sends through RIOT's streaming writer for {@code format}, with the
     * project's prefixes; returns false, writing nothing, when RIOT has no streaming writer for it.
     */
    static boolean stream(RDFFormat format, OutputStream out, Consumer<StreamRDF> source) {
        if (!StreamRDFWriter.registered(format)) {
            return false;
        }
        StreamRDF stream = StreamRDFWriter.getWriterStream(out, format);
        stream.start();
        Vocab.prefixes().getNsPrefixMap().forEach(stream::prefix);
        source.accept(stream);
        stream.finish();
        return true;
    }
}
