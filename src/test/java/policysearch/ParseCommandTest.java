package policysearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import policysearch.json.Json;

/** The {@code parse} command: JSON on stdout in the API's document shape, problems per file on stderr. */
class ParseCommandTest {

    @Test
    void printsDocumentsAndReportsBadFilesWithoutStopping() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute("parse", "src/test/resources/fixtures/empty.txt", "seeds/001_b8e6a6120fcebc90.txt");
        assertEquals(1, code, "a file failed");
        assertTrue(err.toString().contains("empty.txt: error: file is empty"), err.toString());
        JsonNode docs = Json.mapper().readTree(out.toString());
        assertEquals(1, docs.size());
        JsonNode d = docs.get(0);
        assertEquals("gbf-2021-20", d.get("id").asText());
        assertEquals("001_b8e6a6120fcebc90.txt", d.get("source").asText());
        assertEquals("2021-05-24", d.get("date").asText());
        assertEquals(20, d.get("tasks").size());
        JsonNode t5 = d.get("tasks").get(4);
        assertEquals("（五）", t5.get("label").asText());
        assertEquals(5, t5.get("no").asInt());
        assertEquals("推进医保支付方式改革", t5.get("title").asText());
        assertEquals("进一步推广三明市医改经验，加快推进医疗、医保、医药联动改革", t5.get("section").get("title").asText());
        assertEquals(1, t5.get("section").get("no").asInt());
        assertEquals("国家医保局", t5.get("departments").get(0).get("name").asText());
        assertEquals("responsible", t5.get("departments").get(0).get("role").asText());
        assertEquals("医疗保障", t5.get("departments").get(0).get("sector").asText());
        assertTrue(d.get("warnings").get(0).asText().contains("相关报道"));
    }
}
