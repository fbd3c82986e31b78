// SPDX-License-Identifier: Apache-2.0
package org.solidaire.server.store.tdb2;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.CRC32;

import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.lang.LabelToNode;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The write-ahead journal: each batch of writes is appended and synced to it before its writers are answered, and
 * the database commits many batches at once later. A database commit copies and syncs every B+tree block it
 * changes, so committing every batch cost a small write tens of kilobytes of disk; one sync of the journal costs
 * the batch's own size. Once the database has committed an epoch, the journal is emptied; after a crash, the
 * records of epochs the database does not hold are applied again when the store opens.
 *
 * <p>A record is a header (a marker, the epoch, the payload's length and its CRC-32) and a payload: the quads the
 * batch added, then those it deleted, each in RDF Thrift, Jena's binary encoding, which keeps blank nodes under their
 * stored labels and literals as written; writing N-Quads, which the first records held and which are still read,
 * took a fifth of the writer's time on a large import. A record cut short by a crash fails its check and ends the
 * journal: its writers were never answered.
 */
final class Journal implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Journal.class);
    /** The marker of a record whose payload is RDF Thrift. */
    private static final int MARKER = 0x534a5254;
    /** The marker of a record whose payload is N-Quads, as the journal first wrote them. */
    private static final int NQUADS_MARKER = 0x534a524e;
    private static final int HEADER_BYTES = Integer.BYTES + Long.BYTES + Integer.BYTES + Integer.BYTES;

    private final Path file;
    private final FileChannel channel;

    private Journal(Path file, FileChannel channel) {
        this.file = file;
        this.channel = channel;
    }

    /** Opens, or creates, the journal file. */
    static Journal open(Path file) throws IOException {
        return new Journal(file, FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE));
    }

    /** Appends a batch's record at the end and syncs it: once this returns, the batch survives a crash. */
    void append(Delta delta) throws IOException {
        byte[] payload = payload(delta);
        CRC32 crc = new CRC32();
        crc.update(payload);
        ByteBuffer record = ByteBuffer.allocate(HEADER_BYTES + payload.length);
        record.putInt(MARKER).putLong(delta.epoch()).putInt(payload.length).putInt((int) crc.getValue());
        record.put(payload).flip();
        long position = channel.size();
        while (record.hasRemaining()) {
            position += channel.write(record, position);
        }
        channel.force(false);
    }

    /** Empties the journal, once the database has committed everything in it. */
    void clear() throws IOException {
        channel.truncate(0);
    }

    /**
     * The whole records in the journal, oldest first. A record cut short or failing its check ends the journal:
     * a crash cut it while it was written, before its writers were answered.
     */
    List<Delta> read() throws IOException {
        List<Delta> records = new ArrayList<>();
        long remaining = Files.size(file);
        try (DataInputStream data = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            while (remaining >= HEADER_BYTES) {
                int marker = data.readInt();
                long epoch = data.readLong();
                int length = data.readInt();
                int expected = data.readInt();
                remaining -= HEADER_BYTES;
                if (marker != MARKER && marker != NQUADS_MARKER || length < 0 || length > remaining) {
                    break;
                }
                byte[] payload = data.readNBytes(length);
                remaining -= length;
                CRC32 crc = new CRC32();
                crc.update(payload);
                if ((int) crc.getValue() != expected) {
                    break;
                }
                records.add(delta(epoch, payload, marker == MARKER ? RDFLanguages.RDFTHRIFT : Lang.NQUADS));
            }
        }
        if (remaining > 0) {
            LOG.warn("The journal {} ends with a record cut short by a crash, which was never acknowledged; it is "
                    + "left out", file);
        }
        return records;
    }

    private static byte[] payload(Delta delta) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        for (boolean present : new boolean[] {true, false}) {
            ByteArrayOutputStream section = new ByteArrayOutputStream();
            StreamRDF writer = StreamRDFWriter.getWriterStream(section, RDFFormat.RDF_THRIFT);
            writer.start();
            delta.graphs().values().forEach(quads -> quads.forEach((quad, added) -> {
                if (added == present) {
                    writer.quad(quad);
                }
            }));
            writer.finish();
            out.writeInt(section.size());
            section.writeTo(out);
        }
        return bytes.toByteArray();
    }

    private static Delta delta(long epoch, byte[] payload, Lang lang) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload));
        Delta.Builder builder = new Delta.Builder();
        readQuads(in, lang, builder::added);
        readQuads(in, lang, builder::deleted);
        return builder.take(epoch);
    }

    private static void readQuads(DataInputStream in, Lang lang, Consumer<Quad> sink) throws IOException {
        byte[] section = in.readNBytes(in.readInt());
        try {
            RDFParser.create().source(new ByteArrayInputStream(section)).lang(lang)
                    .labelToNode(LabelToNode.createUseLabelEncoded()).parse(new StreamRDFBase() {
                        @Override
                        public void quad(Quad quad) {
                            sink.accept(quad.isDefaultGraph() ? Quad.create(Quad.defaultGraphIRI, quad.asTriple())
                                    : quad);
                        }

                        /** A quad of the default graph is written as a triple. */
                        @Override
                        public void triple(Triple triple) {
                            sink.accept(Quad.create(Quad.defaultGraphIRI, triple));
                        }
                    });
        } catch (RiotException e) {
            throw new IOException("A journal record that passed its check does not read as " + lang.getLabel(), e);
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
