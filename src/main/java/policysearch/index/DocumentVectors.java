package policysearch.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import policysearch.model.PolicyDocument;

/**
 * The vectors of one document's tasks, each list in task order: a passage vector ({@link TaskDocuments#passage}), a
 * title vector and the vectors of the sentences of its text ({@link TaskVectors#sentences}) per task.
 */
public record DocumentVectors(List<float[]> passages, List<float[]> titles, List<float[][]> sentences) {
    public DocumentVectors {
        if (passages.size() != titles.size() || passages.size() != sentences.size()) {
            throw new IllegalArgumentException("one passage, title and sentence list per task: " + passages.size()
                    + ", " + titles.size() + ", " + sentences.size());
        }
        passages = List.copyOf(passages);
        titles = List.copyOf(titles);
        sentences = List.copyOf(sentences);
    }

    /** The vectors of {@code doc}'s tasks from the vectors of its texts, in the order of {@link TaskVectors#texts}. */
    public static DocumentVectors of(PolicyDocument doc, List<float[]> vectors) {
        int n = doc.tasks().size();
        int[] counts = doc.tasks().stream().mapToInt(t -> TaskVectors.sentences(t).size()).toArray();
        int expected = 2 * n + Arrays.stream(counts).sum();
        if (expected != vectors.size()) {
            throw new IllegalArgumentException(vectors.size() + " vectors for " + expected + " texts");
        }
        List<float[][]> sentences = new ArrayList<>(n);
        int next = 2 * n;
        for (int count : counts) {
            sentences.add(vectors.subList(next, next + count).toArray(float[][]::new));
            next += count;
        }
        return new DocumentVectors(vectors.subList(0, n), vectors.subList(n, 2 * n), sentences);
    }
}
