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

    /** Vectors embedded by the model (passages read from its cache when already embedded). */
    static TaskVectors embedded(Embeddings embeddings) {
        return doc -> {
            List<String> texts = new ArrayList<>();
            doc.tasks().forEach(t -> texts.add(TaskDocuments.passage(t)));
            doc.tasks().forEach(t -> texts.add(t.title()));
            return embeddings.passages(texts);
        };
    }
}
