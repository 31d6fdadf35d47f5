package policysearch.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import policysearch.fixtures.Fixtures;
import policysearch.model.PolicyDocument;
import policysearch.model.Task;

class DocumentVectorsTest {
    @Test
    void eachTaskGetsItsOwnPassageTitleAndSentenceVectors() {
        PolicyDocument doc = Fixtures.documents().get(0);
        List<String> texts = TaskVectors.texts(doc);
        List<float[]> vectors = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            vectors.add(new float[] {i});
        }
        DocumentVectors v = DocumentVectors.of(doc, vectors);
        int n = doc.tasks().size();
        int next = 2 * n;
        for (int i = 0; i < n; i++) {
            Task t = doc.tasks().get(i);
            assertEquals(TaskDocuments.passage(t), texts.get((int) v.passages().get(i)[0]));
            assertEquals(t.title(), texts.get((int) v.titles().get(i)[0]));
            List<String> sentences = TaskVectors.sentences(t);
            assertEquals(sentences.size(), v.sentences().get(i).length);
            for (String sentence : sentences) {
                assertArrayEquals(new float[] {next}, v.sentences().get(i)[sentences.indexOf(sentence)]);
                assertEquals(sentence, texts.get(next++));
            }
        }
        assertEquals(texts.size(), next, "every text's vector used once");
    }

    @Test
    void vectorsThatDoNotMatchTheTextsAreRefused() {
        PolicyDocument doc = Fixtures.documents().get(0);
        List<float[]> short1 = new ArrayList<>();
        for (int i = 0; i < TaskVectors.texts(doc).size() - 1; i++) {
            short1.add(new float[] {i});
        }
        assertThrows(IllegalArgumentException.class, () -> DocumentVectors.of(doc, short1));
    }

    @Test
    void aLongTaskGivesItsFirstSentencesVectorsOfTheirOwn() {
        String text = "第一句。".repeat(TaskVectors.SENTENCE_LIMIT + 5);
        Task t = Fixtures.documents().get(0).tasks().get(0);
        Task longer = new Task(t.id(), t.no(), t.label(), t.title(), text, t.section(), t.departments());
        assertEquals(TaskVectors.SENTENCE_LIMIT, TaskVectors.sentences(longer).size());
    }
}
