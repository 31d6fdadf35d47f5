package policysearch.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/** Reads the user data of an index's latest commit: schema version, seeds fingerprint, counts. */
public final class IndexMetadata {
    private IndexMetadata() {
    }

    /** The commit user data of the index in {@code dir}, empty when there is no index there. */
    public static Optional<Map<String, String>> read(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        try (Directory d = FSDirectory.open(dir)) {
            if (!DirectoryReader.indexExists(d)) {
                return Optional.empty();
            }
            return Optional.of(SegmentInfos.readLatestCommit(d).getUserData());
        }
    }

    /**
     * Whether the index in {@code dir} can be used as is for input whose fingerprint is {@code fingerprint}:
     * missing, damaged (its latest commit cannot be read), written with another schema version, built from other
     * input, or fresh.
     */
    public static Freshness freshness(Path dir, String fingerprint) throws IOException {
        Optional<Map<String, String>> meta;
        try {
            meta = read(dir);
        } catch (IOException e) {
            if (DamagedIndexException.isDamage(e)) {
                return Freshness.DAMAGED;
            }
            throw e;
        }
        if (meta.isEmpty()) {
            return Freshness.MISSING;
        }
        if (!Integer.toString(Schema.SCHEMA_VERSION).equals(meta.get().get(Schema.META_SCHEMA))) {
            return Freshness.SCHEMA_CHANGED;
        }
        if (!fingerprint.equals(meta.get().get(Schema.META_FINGERPRINT))) {
            return Freshness.SEEDS_CHANGED;
        }
        return Freshness.FRESH;
    }

    /** True when {@code dir} holds a commit (readable or not). */
    public static boolean exists(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Directory d = FSDirectory.open(dir)) {
            return DirectoryReader.indexExists(d);
        }
    }

    /** Fails with a clear message unless {@code reader} was written with this program's schema version. */
    public static void requireCompatible(DirectoryReader reader, Path dir) throws IOException {
        String found = reader.getIndexCommit().getUserData().get(Schema.META_SCHEMA);
        if (!Integer.toString(Schema.SCHEMA_VERSION).equals(found)) {
            throw new IncompatibleIndexException(dir, found);
        }
    }
}
