package org.communskg.store;

import java.io.OutputStream;
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
        if (StreamRDFWriter.registered(format)) {
            StreamRDF stream = StreamRDFWriter.getWriterStream(out, format);
            stream.start();
            Vocab.prefixes().getNsPrefixMap().forEach(stream::prefix);
            if (quads) {
                dsg.find().forEachRemaining(stream::quad);
            } else {
                StreamRDFOps.sendTriplesToStream(dsg.getUnionGraph(), stream);
            }
            stream.finish();
        } else if (quads) {
            RDFWriter.source(dsg).format(format).output(out);
        } else {
            RDFWriter.source(dsg.getUnionGraph()).format(format).output(out);
        }
    }
}
