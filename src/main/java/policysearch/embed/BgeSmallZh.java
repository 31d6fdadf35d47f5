package policysearch.embed;

import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;

/**
 * BAAI bge-small-zh-v1.5 (int8 ONNX, 512 dimensions) running inside the JVM through ONNX Runtime: no network,
 * about a second to load. Long passages are split by the library and their vectors averaged; queries are cut
 * to {@link #MAX_QUERY_CHARS} first.
 */
public final class BgeSmallZh implements Embedder {
    /**
     * bge's query-side instruction for short queries. Measured on the judged queries with this int8 model, it
     * ranked the tasks users meant lower than the bare query did (骗保, 看病贵, 外地看病报销), so it is not used:
     * {@link #INSTRUCTED} stays false unless a better-calibrated model comes.
     */
    static final String QUERY_INSTRUCTION = "为这个句子生成表示以用于检索相关文章：";
    static final boolean INSTRUCTED = false;
    /** Queries up to this many characters would get the instruction. */
    static final int SHORT_QUERY = 64;
    /** Longer queries are cut: the model reads at most 512 tokens, about as many characters of Chinese. */
    static final int MAX_QUERY_CHARS = 400;

    /** {@link #modelId()}, known before the model loads. */
    public static final String MODEL_ID = "bge-small-zh-v1.5-q";

    private final BgeSmallZhV15QuantizedEmbeddingModel model = new BgeSmallZhV15QuantizedEmbeddingModel();

    @Override
    public String modelId() {
        return MODEL_ID;
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
        String input = INSTRUCTED && q.length() <= SHORT_QUERY ? QUERY_INSTRUCTION + q : q;
        return Vectors.normalized(model.embed(input).content().vector());
    }
}
