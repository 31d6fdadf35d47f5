package policysearch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import policysearch.ingest.format.FileLimits;
import policysearch.model.ParseOutcome;
import policysearch.model.Problem;

/**
 * Files that would cost too much to read (a zip bomb, a huge file, a slow one, markup nested a hundred thousand
 * deep) or that vanish before they are read: each is reported with a clear message and every other file of the
 * folder is still read. The hostile files are made here, small on disk.
 */
class FileLimitsTest {
    static final Path SEED = Path.of("seeds/000_b50fc0805dc07c83.txt");
    static final Path PDF = Path.of("src/test/resources/fixtures/formats/chongqing-2020-office.pdf");

    @TempDir
    Path dir;

    private static String error(ParseOutcome o) {
        assertNull(o.document(), o.source() + " gave a document");
        return o.problems().stream().filter(p -> p.severity() == Problem.Severity.ERROR).map(Problem::message)
                .findFirst().orElseThrow();
    }

    /** Reads every file of {@code dir} and checks the seed among them still gave its 26 tasks. */
    private static List<ParseOutcome> readAllWithTheSeed(SeedReader reader, Path dir) throws IOException {
        Files.copy(SEED, dir.resolve("seed.txt"));
        List<ParseOutcome> all = reader.readAll(dir);
        ParseOutcome seed = all.stream().filter(o -> o.source().equals("seed.txt")).findFirst().orElseThrow();
        assertEquals(26, seed.document().tasks().size(), "the other file is read as usual");
        return all;
    }

    private static ParseOutcome of(List<ParseOutcome> all, String source) {
        return all.stream().filter(o -> o.source().equals(source)).findFirst().orElseThrow();
    }

    @Test
    void aDocxZipBombIsRefusedWithoutInflatingIt() throws IOException {
        // 20 MB of body XML, 20 KB on disk: inflates a thousand times
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(dir.resolve("bomb.docx")))) {
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://"
                    + "schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType="
                    + "\"application/vnd.openxmlformats-package.relationships+xml\"/><Override PartName=\"/word/"
                    + "document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml."
                    + "document.main+xml\"/></Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://"
                    + "schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://"
                    + "schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/"
                    + "document.xml\"/></Relationships>");
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats"
                    + ".org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>").getBytes(StandardCharsets.UTF_8));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 20; i++) {
                zip.write(spaces);
            }
            zip.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertTrue(Files.size(dir.resolve("bomb.docx")) < 1_000_000);
        long start = System.nanoTime();
        List<ParseOutcome> all = readAllWithTheSeed(SeedReader.standard(), dir);
        String error = error(of(all, "bomb.docx"));
        assertTrue(error.startsWith("the .docx looks like a zip bomb: a part of it inflates more than 100 times its"
                + " stored size, or past 100.0 MB: not read"), error);
        assertEquals("docx", of(all, "bomb.docx").format());
        assertTrue(System.nanoTime() - start < Duration.ofSeconds(20).toNanos(), "refused early");
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    @Test
    void aFileOverTheSizeLimitIsNotReadAtAll() throws IOException {
        try (RandomAccessFile huge = new RandomAccessFile(dir.resolve("huge.pdf").toFile(), "rw")) {
            huge.setLength(60L * 1024 * 1024); // sparse: nothing is written, nothing would be read
        }
        List<ParseOutcome> all = readAllWithTheSeed(SeedReader.standard(), dir);
        assertEquals("the file is 60.0 MB, over the limit of 50.0 MB per file: not read (split it, or keep its text"
                + " alone)", error(of(all, "huge.pdf")));
    }

    @Test
    void aFileThatTakesLongerThanTheTimeLimitIsCancelledAndReported() throws IOException {
        DocumentParser slow = new DocumentParser(Regions.standard(), DepartmentNames.standard(),
                new FileLimits(FileLimits.MAX_BYTES, Duration.ofMillis(1)));
        ParseOutcome pdf = slow.parse(PDF);
        assertEquals("reading the file took longer than 1 ms, the limit per file: not indexed (a damaged or unusually"
                + " complex file?)", error(pdf));
        assertEquals("pdf", pdf.format());
        assertEquals(26, SeedReader.standard().read(SEED).document().tasks().size());
    }

    @Test
    void markupNestedAHundredThousandDeepIsReportedNotFatal() throws IOException {
        try (OutputStream out = Files.newOutputStream(dir.resolve("deep.html"))) {
            out.write("<html><body>".getBytes(StandardCharsets.UTF_8));
            byte[] open = "<div>".getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 100_000; i++) {
                out.write(open);
            }
            out.write("深化医药卫生体制改革2024年重点工作任务".getBytes(StandardCharsets.UTF_8));
        }
        List<ParseOutcome> all = readAllWithTheSeed(SeedReader.standard(), dir);
        ParseOutcome deep = of(all, "deep.html");
        assertEquals("html", deep.format());
        // jsoup may cap the depth itself; either way the file gets an answer of its own and the build goes on
        if (!deep.ok()) {
            assertTrue(error(deep).startsWith("the file is nested too deeply to read"), error(deep));
        }
    }

    @Test
    void aFileThatVanishesBeforeItIsReadIsReportedAsSuch() {
        ParseOutcome gone = SeedReader.standard().read(dir.resolve("moved-away.docx"));
        assertEquals("the file disappeared before it was read (deleted or moved while indexing)", error(gone));
    }
}
