package vn.datamap.search;

import java.io.IOException;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.Bits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.datamap.store.StoreException;
import vn.datamap.store.TdbStore;

/**
 * Keeps the Lucene text index in step with the store across restarts. While the server runs,
 * jena-text changes the index in the transaction of every write. A crash between the commit of
 * TDB2 and that of Lucene, or an index folder deleted or damaged while the server was stopped,
 * leaves it behind; so at every start it is checked, and rebuilt from the store when it is not
 * in step.
 *
 * <p>The index records what it reflects in its documents themselves: each carries the checksum
 * of the one triple it indexes (graph, subject, field, value, language). The check compares the
 * multiset of those checksums, as a count and an order-independent sum, with the one computed
 * from the indexed triples of the store. Missing, empty, partly written or stale indexes all
 * differ; the check costs one pass over the indexed triples (23 s over 5.3 million triples), so it
 * is skipped when the start follows a clean shutdown and the files are as it left them
 * ({@link TdbStore#openedAfterCleanShutdown}).
 */
final class TextIndexUpkeep {
    private static final Logger LOG = LoggerFactory.getLogger(TextIndexUpkeep.class);

    /** What an index reflects: how many triples, and a sum of their checksums. */
    record Fingerprint(long triples, long checksum) {
    }

    /** What the check found (null fingerprints when it was not needed), and whether it rebuilt the index. */
    record Outcome(Fingerprint store, Fingerprint index, boolean rebuilt) {
    }

    private TextIndexUpkeep() {}

    /**
     * Checks the text index of {@code store} and rebuilds it when it does not reflect the store;
     * null when the store has no text index. Runs as a write of the store, so that no other write
     * lands meanwhile and the rebuilt index is committed with that transaction, or not at all.
     */
    static Outcome ensureInStep(TdbStore store) {
        if (!(store.dataset() instanceof DatasetGraphText text) || !(text.getTextIndex() instanceof TextIndexLucene index)) {
            LOG.warn("The dataset has no Lucene text index: search finds nothing");
            return null;
        }
        if (store.openedAfterCleanShutdown()) {
            LOG.info("Text index not checked: it, the store and the revision log are as the last clean shutdown left them");
            return new Outcome(null, null, false);
        }
        return store.write(w -> {
            Fingerprint expected = ofStore(text, index.getDocDef());
            Fingerprint found = ofIndex(index);
            if (expected.equals(found)) {
                LOG.info("Text index is in step with the store ({} indexed triples)", expected.triples());
                return new Outcome(expected, found, false);
            }
            LOG.warn("Text index is out of step with the store ({} documents, {} indexed triples): rebuilding it",
                    found.triples(), expected.triples());
            long started = System.nanoTime();
            rebuild(text, index);
            LOG.info("Rebuilt the text index: {} documents in {} ms", expected.triples(), (System.nanoTime() - started) / 1_000_000);
            return new Outcome(expected, found, true);
        });
    }

    /** The fingerprint of what the index should hold: every indexed triple of the dataset. */
    static Fingerprint ofStore(DatasetGraph dsg, EntityDefinition def) {
        long[] sum = new long[2];
        forEachEntity(dsg, def, (entity, field) -> {
            sum[0]++;
            sum[1] += checksumValue(entity.getChecksum(field, (String) entity.get(field)));
        });
        return new Fingerprint(sum[0], sum[1]);
    }

    /** The fingerprint of what the index holds, from its latest commit. */
    static Fingerprint ofIndex(TextIndexLucene index) {
        String uidField = index.getDocDef().getUidField();
        if (uidField == null) {
            throw new StoreException("The text index needs text:uidField to be kept in step with the store");
        }
        long count = 0;
        long checksum = 0;
        try (DirectoryReader reader = DirectoryReader.open(index.getDirectory())) {
            for (LeafReaderContext leaf : reader.leaves()) {
                LeafReader documents = leaf.reader();
                Bits live = documents.getLiveDocs();
                StoredFields stored = documents.storedFields();
                for (int i = 0; i < documents.maxDoc(); i++) {
                    if (live != null && !live.get(i)) {
                        continue;
                    }
                    Document doc = stored.document(i, Set.of(uidField));
                    String uid = doc.get(uidField);
                    count++;
                    checksum += uid == null ? 1 : checksumValue(uid);
                }
            }
        } catch (IOException e) {
            // Unreadable counts as empty: the caller rebuilds.
            LOG.warn("Cannot read the text index: {}", e.getMessage());
            return new Fingerprint(-1, 0);
        }
        return new Fingerprint(count, checksum);
    }

    /** Empties the index and indexes every indexed triple of the dataset again. */
    private static void rebuild(DatasetGraph dsg, TextIndexLucene index) {
        try {
            index.getIndexWriter().deleteAll();
        } catch (IOException e) {
            throw new StoreException("Cannot empty the text index: " + e.getMessage(), e);
        }
        forEachEntity(dsg, index.getDocDef(), (entity, field) -> index.addEntity(entity));
    }

    private interface EntitySink {
        void accept(Entity entity, String field);
    }

    /** Each triple of the dataset that the entity definition indexes, as jena-text indexes it. */
    private static void forEachEntity(DatasetGraph dsg, EntityDefinition def, EntitySink sink) {
        for (String field : new LinkedHashSet<>(def.fields())) {
            for (Node predicate : def.getPredicates(field)) {
                Iterator<Quad> quads = dsg.find(Node.ANY, Node.ANY, predicate, Node.ANY);
                try {
                    quads.forEachRemaining(quad -> {
                        Entity entity = quad.getObject().isLiteral() ? TextQueryFuncs.entityFromQuad(def, quad) : null;
                        if (entity != null) {
                            sink.accept(entity, field);
                        }
                    });
                } finally {
                    Iter.close(quads);
                }
            }
        }
    }

    /** The first 64 bits of a checksum (hex SHA-256), summed: the order of documents does not matter. */
    private static long checksumValue(String uid) {
        return uid.length() >= 16 ? Long.parseUnsignedLong(uid.substring(0, 16), 16) : uid.hashCode();
    }

}
