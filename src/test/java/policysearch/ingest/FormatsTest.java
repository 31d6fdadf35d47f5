package policysearch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import policysearch.ingest.format.MakeFormatFixtures;
import policysearch.model.ParentReference;
import policysearch.model.ParseOutcome;
import policysearch.model.PolicyDocument;
import policysearch.model.Problem;
import policysearch.model.Task;

/**
 * A seed saved as a web page, printed to PDF by a browser, written as a Word file (.docx, .doc) or printed to PDF
 * by an office suite gives exactly the seed's document: metadata, sections, tasks, departments; no page furniture.
 */
class FormatsTest {
    static final Path FORMATS = Path.of("src/test/resources/fixtures/formats");
    private final DocumentParser parser = DocumentParser.standard();

    private static String describe(Task t) {
        return t.id() + " " + t.label() + " [" + t.section().no() + " " + t.section().title() + "] " + t.title()
                + " | " + t.text() + " | " + t.departments().stream().map(d -> d.name() + ":" + d.role().id())
                .collect(Collectors.joining(" "));
    }

    private static List<String> tasks(PolicyDocument d) {
        return d.tasks().stream().map(FormatsTest::describe).toList();
    }

    @ParameterizedTest(name = "{0} gives the tasks of {1}")
    @CsvSource({
            "gov-page-2021.html, 001_b8e6a6120fcebc90.txt, html",
            "gov-page-2021-printed.pdf, 001_b8e6a6120fcebc90.txt, pdf",
            "chongqing-2020.docx, 002_8c8a99c6948116e2.txt, docx",
            "chongqing-2020.doc, 002_8c8a99c6948116e2.txt, doc",
            "chongqing-2020-office.pdf, 002_8c8a99c6948116e2.txt, pdf"})
    void aSeedInAnotherFormatGivesTheSameDocument(String fixture, String seed, String format) {
        PolicyDocument expected = parser.parse(Path.of("seeds", seed)).document();
        ParseOutcome o = parser.parse(FORMATS.resolve(fixture));
        assertTrue(o.ok(), o.problems().toString());
        assertEquals(format, o.format());
        PolicyDocument d = o.document();
        assertEquals(expected.id(), d.id());
        assertEquals(expected.title(), d.title());
        assertEquals(expected.listTitle(), d.listTitle());
        assertEquals(expected.number(), d.number());
        assertEquals(expected.issuer(), d.issuer());
        assertEquals(expected.date(), d.date());
        assertEquals(expected.parent(), d.parent());
        assertEquals(expected.sections(), d.sections());
        assertEquals(tasks(expected), tasks(d));
        assertTrue(o.problems().stream().noneMatch(p -> p.severity() == Problem.Severity.ERROR));
    }

    @Test
    void noPageFurnitureReachesATask() {
        List<String> furniture = List.of("file:", "http", "content_5618799", "/8", "PM", "_卫生_中国政府网", "人民政府办公厅文件",
                "— ", "扫一扫", "打印本页", "首页", "相关报道", "版权所有");
        for (String f : List.of("gov-page-2021-printed.pdf", "chongqing-2020-office.pdf", "gov-page-2021.html")) {
            for (Task t : parser.parse(FORMATS.resolve(f)).document().tasks()) {
                for (String s : furniture) {
                    assertFalse(t.text().contains(s) || t.title().contains(s), f + " " + t.label() + " has " + s);
                }
            }
        }
    }

    @Test
    void aPageBreakInsideADepartmentClauseStillGivesItsDepartments() throws Exception {
        Path pdf = FORMATS.resolve("gov-page-2021-printed.pdf");
        assertTrue(MakeFormatFixtures.breaksInsideClause(Files.readAllBytes(pdf)), "the fixture has such a break");
        PolicyDocument seed = parser.parse(Path.of("seeds/001_b8e6a6120fcebc90.txt")).document();
        PolicyDocument printed = parser.parse(pdf).document();
        for (int no = 1; no <= seed.tasks().size(); no++) {
            assertEquals(seed.task(no).departments(), printed.task(no).departments(), "task " + no);
        }
    }

    @Test
    void aWordFileNamesTheParentItsTitleNames() {
        PolicyDocument d = parser.parse(FORMATS.resolve("chongqing-2020.docx")).document();
        assertEquals(new ParentReference(null, "国务院办公厅深化医药卫生体制改革2020年下半年重点工作任务分工"), d.parent());
    }

    @Test
    void aSidecarStatesTheParentOfAWebPage(@TempDir Path dir) throws Exception {
        Path page = Files.copy(FORMATS.resolve("gov-page-2021.html"), dir.resolve("gov-page-2021.html"));
        Files.writeString(dir.resolve("gov-page-2021.html.meta.properties"), "parent=国办发〔2020〕25号\n");
        assertEquals(new ParentReference("国办发〔2020〕25号", null), parser.parse(page).document().parent());
    }

    @Test
    void theDocumentsOwnTextIsKeptWithoutTheMetadataTable() {
        PolicyDocument d = parser.parse(FORMATS.resolve("gov-page-2021.html")).document();
        assertTrue(d.preface().contains("《深化医药卫生体制改革2021年重点工作任务》已经国务院同意，现印发给你们"), d.preface());
        assertTrue(d.preface().contains("新一轮医药卫生体制改革实施以来"));
        assertFalse(d.preface().contains("索引号"), "the metadata table is not text");
        assertTrue(d.closing().startsWith("各地各有关部门要切实加强组织领导"), d.closing());
        assertFalse(d.closing().contains("扫一扫"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "scanned.pdf | the PDF has no text layer",
            "password.pdf | the PDF is password-protected",
            "password.docx | the Office file is password-protected",
            "notice.wps | WPS 文字 files (.wps) are not read",
            "notice.ofd | OFD files (.ofd) are not read"})
    void unreadableFilesFailWithAClearMessage(String fixture, String message) {
        ParseOutcome o = parser.parse(FORMATS.resolve(fixture));
        assertFalse(o.ok());
        assertEquals(1, o.problems().size());
        assertTrue(o.problems().get(0).message().startsWith(message), o.problems().get(0).message());
    }

    @Test
    void oneUnreadableFileDoesNotStopTheOthers(@TempDir Path dir) throws Exception {
        for (String f : List.of("scanned.pdf", "notice.wps", "chongqing-2020.docx", "gov-page-2021.html")) {
            Files.copy(FORMATS.resolve(f), dir.resolve(f));
        }
        List<ParseOutcome> all = SeedReader.standard().readAll(dir);
        assertEquals(List.of("chongqing-2020.docx", "gov-page-2021.html", "notice.wps", "scanned.pdf"),
                all.stream().map(ParseOutcome::source).toList());
        assertEquals(List.of(true, true, false, false), all.stream().map(ParseOutcome::ok).toList());
    }
}
