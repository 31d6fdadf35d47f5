package policysearch.embed;

import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;

/**
 * BAAI bge-small-zh-v1.5 (int8 ONNX, 512 dimensions) running inside the JVM through ONNX Runtime: no network,
 * about a second to load. Long passages are split by the library and their vectors averaged; queries are cut
 * to {@link #MAX_QUERY_CHARS} first.
 */
public final class BgeSmallZh implements Embedder {
    /** bge's query-side instruction, recommended for short queries against passages. */
    static final String QUERY_INSTRUCTION = "为这个句子生成表示以用于检索相关文章：";
    /** Queries up to this many characters get the instruction (bge's advice: short queries). */
    static final int SHORT_QUERY = 64;
    /** Longer queries are cut: the model reads at most 512 tokens, about as many characters of Chinese. */
    static final int MAX_QUERY_CHARS = 400;

    private final BgeSmallZhV15QuantizedEmbeddingModel model = new BgeSmallZhV15QuantizedEmbeddingModel();

    @Override
    public String modelId() {
        return "bge-small-zh-v1.5-q";
    }

    @Override
    public int dimensions() {
        return 512;
    }

    @Override
    public float[] passage(String text) {
        return Vectors.normalized(model.embed(text.isBlank() ? "。" : text).content().vector());
    }

    @Override
    public float[] query(String text) {
        String q = text.strip();
        if (q.length() > MAX_QUERY_CHARS) {
            q = q.substring(0, q.offsetByCodePoints(0, q.codePointCount(0, MAX_QUERY_CHARS)));
        }
        if (q.isEmpty()) {
            q = "。";
        }
        String input = q.length() <= SHORT_QUERY ? QUERY_INSTRUCTION + q : q;
        return Vectors.normalized(model.embed(input).content().vector());
    }
}
