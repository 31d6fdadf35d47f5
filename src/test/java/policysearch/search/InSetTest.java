package policysearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.apache.lucene.util.FixedBitSet;
import org.junit.jupiter.api.Test;

/** A set's share of a segment is counted exactly, whatever the segment's bounds within the words of the set. */
class InSetTest {

    @Test
    void countsTheSetBitsOfAnyRange() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            int length = 1 + random.nextInt(700);
            FixedBitSet set = new FixedBitSet(length);
            double density = random.nextDouble();
            for (int i = 0; i < length; i++) {
                if (random.nextDouble() < density) {
                    set.set(i);
                }
            }
            int from = random.nextInt(length);
            int to = from + 1 + random.nextInt(length - from);
            long expected = 0;
            for (int i = from; i < to; i++) {
                expected += set.get(i) ? 1 : 0;
            }
            assertEquals(expected, InSet.count(set, from, to), "bits " + from + ".." + to + " of " + length);
        }
    }
}
