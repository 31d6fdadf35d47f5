package policysearch.index;

import org.apache.lucene.util.BytesRef;

/**
 * A task's sentence vectors packed into one binary doc value, each scalar-quantized to signed bytes: a quarter of
 * the size of float vectors, scored against a query vector without decoding them to floats. Per vector: the
 * inverse norm of its quantized form (a float), then one byte per dimension.
 */
public final class SentenceVectors {
    private static final int HEADER = Float.BYTES;

    private SentenceVectors() {
    }

    /** The packed form of {@code vectors} (all of one length). */
    public static BytesRef encode(float[][] vectors) {
        int dims = vectors.length == 0 ? 0 : vectors[0].length;
        byte[] out = new byte[vectors.length * (HEADER + dims)];
        int at = 0;
        for (float[] v : vectors) {
            if (v.length != dims) {
                throw new IllegalArgumentException("sentence vectors of " + dims + " and " + v.length + " dimensions");
            }
            float max = 0;
            for (float x : v) {
                max = Math.max(max, Math.abs(x));
            }
            float scale = max == 0 ? 1 : 127 / max;
            long squares = 0;
            for (int j = 0; j < dims; j++) {
                byte b = (byte) Math.round(v[j] * scale);
                out[at + HEADER + j] = b;
                squares += b * b;
            }
            int bits = Float.floatToIntBits(squares == 0 ? 0 : (float) (1 / Math.sqrt(squares)));
            out[at] = (byte) (bits >>> 24);
            out[at + 1] = (byte) (bits >>> 16);
            out[at + 2] = (byte) (bits >>> 8);
            out[at + 3] = (byte) bits;
            at += HEADER + dims;
        }
        return new BytesRef(out);
    }

    /**
     * The best cosine similarity between {@code query} and the packed vectors, or NaN when there are none or they
     * have another number of dimensions than the query.
     */
    public static float best(BytesRef packed, float[] query) {
        int stride = HEADER + query.length;
        if (packed.length == 0 || packed.length % stride != 0) {
            return Float.NaN;
        }
        double queryNorm = 0;
        for (float x : query) {
            queryNorm += x * x;
        }
        if (queryNorm == 0) {
            return Float.NaN;
        }
        byte[] b = packed.bytes;
        float best = -1;
        for (int at = packed.offset; at < packed.offset + packed.length; at += stride) {
            float inverseNorm = Float.intBitsToFloat(((b[at] & 0xff) << 24) | ((b[at + 1] & 0xff) << 16)
                    | ((b[at + 2] & 0xff) << 8) | (b[at + 3] & 0xff));
            float dot = 0;
            for (int j = 0, k = at + HEADER; j < query.length; j++, k++) {
                dot += query[j] * b[k];
            }
            best = Math.max(best, (float) (dot * inverseNorm / Math.sqrt(queryNorm)));
        }
        return best;
    }
}
