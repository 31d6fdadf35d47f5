package policysearch.embed;

/** A sentence-embedding model: text in, unit-length vector out. */
public interface Embedder {

    /** A stable name of the model and its input conventions; cached vectors are keyed by it. */
    String modelId();

    /** Length of every vector. */
    int dimensions();

    /** The vector of a passage (a task's title and text) as stored in the index. */
    float[] passage(String text);

    /** The vector of a search query (short queries get the model's retrieval instruction). */
    float[] query(String text);
}
