package policysearch.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import policysearch.embed.Embeddings;
import policysearch.model.PolicyDocument;

/**
 * Where the passage and title vectors of a document's tasks come from while indexing: the embedding model in
 * production; the benchmark supplies its own, made from cached vectors, so a large synthetic corpus embeds no new
 * text.
 */
@FunctionalInterface
public interface TaskVectors {
    /**
     * The vectors of the document's tasks, in task order: the passage vectors ({@link TaskDocuments#passage}) of all
     * tasks, then their title vectors; empty when there are none (semantic retrieval off).
     */
    Optional<List<float[]>> of(PolicyDocument doc);

    /** No vectors: a lexical index (semantic retrieval off, or vectors to come in a later build). */
    TaskVectors NONE = doc -> Optional.empty();

    /** Vectors embedded by the model (passages read from its cache when already embedded). */
    static TaskVectors embedded(Embeddings embeddings) {
        return doc -> embeddings.passages(texts(doc));
    }

    /** The texts whose vectors a document's tasks get, in the order of {@link #of}: passages, then titles. */
    static List<String> texts(PolicyDocument doc) {
        List<String> texts = new ArrayList<>(2 * doc.tasks().size());
        doc.tasks().forEach(t -> texts.add(TaskDocuments.passage(t)));
        doc.tasks().forEach(t -> texts.add(t.title()));
        return texts;
    }
}
