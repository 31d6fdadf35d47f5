package policysearch.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import policysearch.embed.Embeddings;
import policysearch.embed.Vectors;
import policysearch.index.DocumentVectors;
import policysearch.index.Sentences;
import policysearch.index.TaskDocuments;
import policysearch.index.TaskVectors;
import policysearch.model.PolicyDocument;
import policysearch.model.Task;

/**
 * The benchmark's task vectors, made without embedding any synthetic text: a task's passage vector is the
 * normalised mean of the cached vectors of the seed sentences it is made of, its sentence vectors theirs, its title
 * vector the title's cached vector plus a little noise drawn from the task id (so no two tasks share a point, as in a
 * real corpus).
 */
final class SyntheticVectors implements TaskVectors {
    /** Standard deviation of the title noise per dimension, before normalising (cosine to the title about 0.999). */
    static final double TITLE_NOISE = 0.002;

    private final Map<String, float[]> vectors;

    private SyntheticVectors(Map<String, float[]> vectors) {
        this.vectors = vectors;
    }

    /**
     * The vectors of the seeds' sentences and titles, embedded once (and cached on disk by {@code embeddings});
     * empty when semantic retrieval is off.
     */
    static Optional<SyntheticVectors> of(List<PolicyDocument> seeds, Embeddings embeddings) {
        List<String> texts = new ArrayList<>(SyntheticCorpus.sentences(seeds));
        seeds.stream().flatMap(d -> d.tasks().stream()).map(Task::title).distinct().forEach(texts::add);
        return embeddings.passages(texts).map(v -> {
            Map<String, float[]> byText = new HashMap<>();
            for (int i = 0; i < texts.size(); i++) {
                byText.put(texts.get(i), v.get(i));
            }
            return new SyntheticVectors(byText);
        });
    }

    /** Distinct texts with a vector (sentences and titles). */
    int size() {
        return vectors.size();
    }

    @Override
    public Optional<DocumentVectors> of(PolicyDocument doc) {
        int n = doc.tasks().size();
        List<float[]> passages = new ArrayList<>(n);
        List<float[]> titles = new ArrayList<>(n);
        List<float[][]> sentences = new ArrayList<>(n);
        for (Task t : doc.tasks()) {
            passages.add(passage(t));
            titles.add(title(t));
            sentences.add(TaskVectors.sentences(t).stream().map(this::known).toArray(float[][]::new));
        }
        return Optional.of(new DocumentVectors(passages, titles, sentences));
    }

    private float[] passage(Task t) {
        float[] sum = null;
        for (String s : Sentences.of(TaskDocuments.passage(t))) {
            float[] v = known(s);
            if (sum == null) {
                sum = new float[v.length];
            }
            for (int i = 0; i < v.length; i++) {
                sum[i] += v[i];
            }
        }
        return Vectors.normalized(sum);
    }

    private float[] title(Task t) {
        float[] v = known(t.title()).clone();
        Random noise = new Random(fnv64(t.id()));
        for (int i = 0; i < v.length; i++) {
            v[i] += (float) (noise.nextGaussian() * TITLE_NOISE);
        }
        return Vectors.normalized(v);
    }

    /** A 64-bit hash of the id (FNV-1a), so no two of a million ids draw the same noise. */
    private static long fnv64(String id) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < id.length(); i++) {
            h = (h ^ id.charAt(i)) * 0x100000001b3L;
        }
        return h;
    }

    private float[] known(String text) {
        float[] v = vectors.get(text);
        if (v == null) {
            throw new IllegalArgumentException("not a seed sentence, no cached vector: " + text);
        }
        return v;
    }
}
