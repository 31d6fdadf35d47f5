package policysearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import policysearch.index.Schema;

class ChunkerTest {
    private static Schema schema;
    private static Chunker chunker;

    @BeforeAll
    static void open() {
        schema = new Schema();
        chunker = new Chunker(schema.words());
    }

    @AfterAll
    static void close() {
        schema.close();
    }

    @Test
    void singleCharacterRunsAreGluedBack() {
        assertEquals(List.of("医保", "支付", "方式", "改革"), chunker.chunks("医保支付方式改革"));
        assertEquals(List.of("卫健委"), chunker.chunks("卫健委"));
        assertEquals(List.of("薪酬", "制度"), chunker.chunks("薪酬制度"));
    }

    @Test
    void loneCharacterJoinsItsNeighbour() {
        assertEquals(List.of("公立", "医院", "高质量", "发展"), chunker.chunks("公立医院高质量发展"));
    }

    @Test
    void punctuationSeparatesPieces() {
        assertEquals(List.of("互联网", "医疗", "健康"), chunker.chunks("互联网+医疗健康"));
        assertEquals(List.of("DRG", "DIP", "付费"), chunker.chunks("DRG/DIP付费"));
    }
}
