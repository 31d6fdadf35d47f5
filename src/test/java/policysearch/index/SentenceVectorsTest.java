package policysearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import policysearch.embed.Vectors;

class SentenceVectorsTest {
    private static final Random RANDOM = new Random(42);

    @Test
    void theBestSentenceScoresWithinAHundredthOfItsFloatCosine() {
        for (int round = 0; round < 200; round++) {
            float[][] sentences = new float[1 + RANDOM.nextInt(8)][];
            for (int i = 0; i < sentences.length; i++) {
                sentences[i] = unit(512);
            }
            float[] query = unit(512);
            float expected = -1;
            for (float[] s : sentences) {
                expected = Math.max(expected, 2 * VectorSimilarityFunction.COSINE.compare(query, s) - 1);
            }
            assertEquals(expected, SentenceVectors.best(SentenceVectors.encode(sentences), query), 0.01);
        }
    }

    @Test
    void aSentenceLikeTheQueryScoresNearOne() {
        float[] close = unit(512);
        float[][] sentences = {unit(512), close, unit(512)};
        assertTrue(SentenceVectors.best(SentenceVectors.encode(sentences), close) > 0.99f);
    }

    @Test
    void noVectorsOrAnotherModelsDimensionsScoreNothing() {
        assertTrue(Float.isNaN(SentenceVectors.best(new BytesRef(new byte[0]), unit(512))));
        BytesRef small = SentenceVectors.encode(new float[][] {unit(384)});
        assertTrue(Float.isNaN(SentenceVectors.best(small, unit(512))));
        assertTrue(Float.isNaN(SentenceVectors.best(SentenceVectors.encode(new float[][] {unit(512)}), new float[512])));
    }

    @Test
    void vectorsOfDifferentLengthsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> SentenceVectors.encode(new float[][] {unit(4), unit(5)}));
    }

    @Test
    void aValueInsideALargerBufferIsReadAtItsOffset() {
        float[] q = unit(16);
        BytesRef packed = SentenceVectors.encode(new float[][] {q});
        byte[] padded = new byte[packed.length + 7];
        System.arraycopy(packed.bytes, packed.offset, padded, 3, packed.length);
        assertEquals(SentenceVectors.best(packed, q), SentenceVectors.best(new BytesRef(padded, 3, packed.length), q));
    }

    private static float[] unit(int dims) {
        float[] v = new float[dims];
        for (int i = 0; i < dims; i++) {
            v[i] = (float) RANDOM.nextGaussian();
        }
        return Vectors.normalized(v);
    }
}
