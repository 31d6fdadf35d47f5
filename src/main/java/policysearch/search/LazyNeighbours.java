package policysearch.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import policysearch.embed.Embeddings;

/**
 * A snapshot's words with their vectors, for query words no task contains, made on first use once the model is
 * on: at once when at most {@link #EMBEDDED_INLINE} of them are missing from the vector cache (about 3 s to
 * embed), else on a background thread, with no table until it is done, so no search waits minutes for a large
 * vocabulary.
 */
final class LazyNeighbours {
    /** Index words a search may embed itself before it has neighbours (else they are embedded in the background). */
    static final int EMBEDDED_INLINE = 2_000;

    private final IndexReader reader;
    private final Embeddings embeddings;
    private final Object lock = new Object();
    private volatile WordNeighbours table;
    private boolean building;

    LazyNeighbours(IndexReader reader, Embeddings embeddings) {
        this.reader = reader;
        this.embeddings = embeddings;
    }

    /** The table, made now or started in the background if not yet made; null until it is there. */
    WordNeighbours table() throws IOException {
        WordNeighbours t = table;
        return t != null ? t : make();
    }

    /** Whether the table is there (searches made before it lack the neighbours of words no task contains). */
    boolean ready() {
        return table != null;
    }

    private WordNeighbours make() throws IOException {
        synchronized (lock) {
            if (table != null || building || embeddings.status() != Embeddings.Status.ON) {
                return table;
            }
            List<String> words = WordNeighbours.words(reader);
            long missing = words.stream().filter(w -> !embeddings.cached(w)).count();
            if (missing <= EMBEDDED_INLINE) {
                table = WordNeighbours.of(words, embeddings).orElse(null);
                return table;
            }
            building = true;
            Thread.ofVirtual().name("word-neighbours").start(() -> {
                WordNeighbours built = WordNeighbours.of(words, embeddings).orElse(null);
                synchronized (lock) {
                    table = built;
                    building = false;
                }
            });
            return null;
        }
    }
}
