package policysearch.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import policysearch.embed.Embeddings;
import policysearch.model.PolicyDocument;
import policysearch.model.Task;

/**
 * Where the passage, title and sentence vectors of a document's tasks come from while indexing: the embedding
 * model in production; the benchmark supplies its own, made from cached vectors, so a large synthetic corpus embeds
 * no new text.
 */
@FunctionalInterface
public interface TaskVectors {
    /**
     * Most sentences of a task given vectors of their own: the passage vector stands for the rest of a longer text
     * (the seeds' tasks hold 1 to 12).
     */
    int SENTENCE_LIMIT = 16;

    /** The vectors of the document's tasks; empty when there are none (semantic retrieval off). */
    Optional<DocumentVectors> of(PolicyDocument doc);

    /** No vectors: a lexical index (semantic retrieval off, or vectors to come in a later build). */
    TaskVectors NONE = doc -> Optional.empty();

    /** Vectors embedded by the model (texts read from its cache when already embedded). */
    static TaskVectors embedded(Embeddings embeddings) {
        return doc -> embeddings.passages(texts(doc)).map(v -> DocumentVectors.of(doc, v));
    }

    /**
     * The texts whose vectors a document's tasks get, in this order: the passages of all tasks, their titles, then
     * each task's {@link #sentences}.
     */
    static List<String> texts(PolicyDocument doc) {
        List<String> texts = new ArrayList<>(8 * doc.tasks().size());
        doc.tasks().forEach(t -> texts.add(TaskDocuments.passage(t)));
        doc.tasks().forEach(t -> texts.add(t.title()));
        doc.tasks().forEach(t -> texts.addAll(sentences(t)));
        return texts;
    }

    /**
     * The sentences of a task's text given vectors of their own (up to {@link #SENTENCE_LIMIT}): a short query is
     * nearer to the one sentence that answers it than to a passage about several things.
     */
    static List<String> sentences(Task task) {
        List<String> all = Sentences.of(task.text());
        return all.size() <= SENTENCE_LIMIT ? all : all.subList(0, SENTENCE_LIMIT);
    }
}
