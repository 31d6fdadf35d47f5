package policysearch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import policysearch.model.PolicyDocument;
import policysearch.model.Task;
import policysearch.model.ParseOutcome;
import policysearch.model.ParentReference;

/** One small hand-made document per trap of real data. */
class FixturesTest {
    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");
    private final DocumentParser parser = DocumentParser.standard();

    private ParseOutcome parse(String name) {
        return parser.parse(FIXTURES.resolve(name));
    }

    private static String roles(Task t) {
        return t.departments().stream().map(d -> d.name() + ":" + d.role().id()).collect(Collectors.joining(" "));
    }

    @Test
    void gbkFileIsDetectedAndDecoded() {
        ParseOutcome o = parse("gbk-notice.txt");
        assertTrue(o.ok(), o.problems().toString());
        PolicyDocument d = o.document();
        assertEquals("某某省人民政府办公厅关于印发某某省卫生健康重点工作任务的通知", d.title());
        assertEquals("某办发〔2022〕7号", d.number());
        assertEquals("推进家庭医生签约服务", d.task(1).title());
        assertEquals("某某省卫生健康委:lead 某某省财政厅:responsible", roles(d.task(1)));
        assertEquals("某某省医保局:lead 某某省卫生健康委:support", roles(d.task(2)));
    }

    @Test
    void doubledHeadingsCollapse() {
        PolicyDocument d = parse("doubled-headings.txt").document();
        assertEquals("深化改革重点工作任务", d.title());
        assertEquals(List.of("加强组织领导", "推广改革经验"), d.sections().stream().map(s -> s.title()).toList());
        assertEquals(2, d.tasks().size());
    }

    @Test
    void chromeBetweenTasksAndClosingMatterAreDropped() {
        ParseOutcome o = parse("chrome-between-tasks.txt");
        PolicyDocument d = o.document();
        assertEquals(2, d.tasks().size());
        assertEquals("第一项任务。任务正文第一句。", d.task(1).text());
        assertEquals("第二项任务。任务正文第二句。", d.task(2).text());
        assertTrue(o.problems().stream().anyMatch(p -> p.message().contains("相关报道") && p.line() == 12),
                "the dropped block is reported with its line");
    }

    @Test
    void pageBreakFragmentIsRepairedAndWrappedLinesJoin() {
        ParseOutcome o = parse("page-break-fragment.txt");
        Task t = o.document().task(1);
        assertEquals("加强药品短缺应对。建立短缺药品监测机制，加强协同。", t.text());
        assertEquals("国家卫生健康委:lead 工业和信息化部:lead 财政部:lead 国家药监局:support", roles(t));
        assertTrue(o.problems().stream().anyMatch(p -> p.message().contains("化部") && p.line() > 0));
    }

    @Test
    void documentWithoutDepartmentsOrNumber() {
        ParseOutcome o = parse("no-departments-bom.txt");
        PolicyDocument d = o.document();
        assertNull(d.number());
        assertEquals("无部门测试重点工作任务", d.title());
        assertTrue(d.tasks().stream().allMatch(t -> t.departments().isEmpty()));
        assertEquals("推进第一项改革。内容包括（含试点城市）的安排。", d.task(1).text(),
                "a bracket that names no body is content");
        assertTrue(o.problems().stream().anyMatch(p -> p.message().contains("发文字号")));
    }

    @Test
    void halfWidthBracketsSpacedLabelsAndSidecar() {
        PolicyDocument d = parse("halfwidth-brackets.txt").document();
        assertEquals(List.of("（一）", "（二）"), d.tasks().stream().map(Task::label).toList());
        assertEquals("某某市卫生健康委:responsible 某某市财政局:responsible", roles(d.task(1)),
                "市级有关部门 is a placeholder");
        assertEquals("某某市卫生健康委:responsible", roles(d.task(2)));
        assertEquals("某某市", d.region(), "from the sidecar");
        assertEquals(new ParentReference("国办发〔2020〕25号", null), d.parent(), "stated by the sidecar");
    }

    @Test
    void emptyAndBinaryFilesFailClearlyWithoutStoppingOthers(@TempDir Path dir) throws Exception {
        for (String n : List.of("empty.txt", "binary.bin.txt", "gbk-notice.txt")) {
            Files.copy(FIXTURES.resolve(n), dir.resolve(n));
        }
        List<ParseOutcome> all = SeedReader.standard().readAll(dir);
        assertEquals(3, all.size());
        assertEquals("file looks binary (control bytes), not a text document",
                all.get(0).problems().get(0).message());
        assertEquals("file is empty", all.get(1).problems().get(0).message());
        assertFalse(all.get(0).ok());
        assertTrue(all.get(2).ok());
    }

    @Test
    void textWithoutTaskListIsAnError() {
        ParseOutcome o = parser.parse("note.txt", "这是一段普通文字，没有任务。".getBytes(), Metadata.empty());
        assertFalse(o.ok());
        assertTrue(o.problems().get(0).message().startsWith("no task list found"));
    }

    @Test
    void badSidecarIsReportedAgainstTheFile(@TempDir Path dir) throws Exception {
        Path seed = dir.resolve("a.txt");
        Files.copy(FIXTURES.resolve("gbk-notice.txt"), seed);
        Files.writeString(Sidecar.of(seed), "date=yesterday\n");
        ParseOutcome o = parser.parse(seed);
        assertFalse(o.ok());
        assertTrue(o.problems().get(0).message().contains("date must be"));
        assertEquals(List.of(seed), SeedReader.seedFiles(dir), "sidecars are not seeds");
    }
}
