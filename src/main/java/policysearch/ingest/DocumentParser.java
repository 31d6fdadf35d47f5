package policysearch.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import policysearch.model.ParseOutcome;
import policysearch.model.PolicyDocument;
import policysearch.model.Problem;
import policysearch.model.Task;

/**
 * Turns one seed file into a document: decode, clean lines, drop chrome, read the header's metadata, cut the task
 * list into sections and tasks, and read each task's department clause. Any failure is reported as a problem of
 * that file with its line; nothing is thrown for bad content.
 */
public final class DocumentParser {
    private final TextDecoder decoder = new TextDecoder();
    private final LineCleaner cleaner = new LineCleaner();
    private final ChromeFilter chrome = new ChromeFilter();
    private final HeaderReader header = new HeaderReader();
    private final Regions regions;
    private final DepartmentNames names;
    private final DocumentIds ids;

    public DocumentParser(Regions regions, DepartmentNames names) {
        this.regions = regions;
        this.names = names;
        this.ids = new DocumentIds(regions);
    }

    /** The parser with the bundled dictionaries. */
    public static DocumentParser standard() {
        return new DocumentParser(Regions.standard(), DepartmentNames.standard());
    }

    /** Parses one file, applying its sidecar metadata when present. */
    public ParseOutcome parse(Path file) {
        String name = file.getFileName().toString();
        try {
            byte[] bytes = Files.readAllBytes(file);
            return parse(name, bytes, Sidecar.read(file));
        } catch (IOException e) {
            return failed(name, 0, "cannot read: " + e.getMessage());
        } catch (RuntimeException e) {
            return failed(name, 0, "unexpected parser failure: " + e);
        }
    }

    /** Parses the bytes of a file named {@code source}, with metadata overrides (may be empty). */
    public ParseOutcome parse(String source, byte[] bytes, Metadata overrides) {
        List<Problem> problems = new ArrayList<>();
        TextDecoder.Decoded decoded;
        try {
            decoded = decoder.decode(bytes);
        } catch (TextDecoder.NotTextException e) {
            return failed(source, 0, e.getMessage());
        }
        List<SourceLine> lines = chrome.filter(source, cleaner.clean(decoded.text()), problems);
        int start = TaskListReader.start(lines);
        if (start < 0) {
            problems.add(new Problem(source, 0, Problem.Severity.ERROR,
                    "no task list found (no task label like （一） at the start of a line)"));
            return new ParseOutcome(source, null, problems);
        }
        Layout layout = Layout.of(lines.subList(start, lines.size()));
        Metadata meta = header.read(lines.subList(0, start), layout).overriddenBy(overrides);
        return build(source, lines, start, layout, meta, problems);
    }

    private ParseOutcome build(String source, List<SourceLine> lines, int start, Layout layout, Metadata meta,
                               List<Problem> problems) {
        String title = meta.title() != null ? meta.title() : meta.listTitle();
        if (title == null) {
            problems.add(new Problem(source, lines.get(0).no(), Problem.Severity.ERROR, "no document title found"));
            return new ParseOutcome(source, null, problems);
        }
        String issuer = meta.issuer();
        if (issuer == null) {
            issuer = "未署名";
            problems.add(new Problem(source, 0, Problem.Severity.WARNING, "no issuer found (signature or 发文机关)"));
        }
        Integer year = meta.year() != null ? meta.year() : yearIn(title);
        if (year == null) {
            problems.add(new Problem(source, 0, Problem.Severity.ERROR, "no date or year found"));
            return new ParseOutcome(source, null, problems);
        }
        if (meta.number() == null) {
            problems.add(new Problem(source, 0, Problem.Severity.WARNING, "document states no 发文字号"));
        }
        if (meta.date() == null) {
            problems.add(new Problem(source, 0, Problem.Severity.WARNING, "no 成文日期 found; year taken from the text"));
        }
        String region = meta.region() != null ? meta.region() : regions.regionOf(issuer);
        String id = meta.id() != null ? meta.id() : ids.idFor(meta.number(), region, meta.date(), year, title);
        var list = TaskListReader.read(source, lines, start, layout, meta.listTitle() != null ? meta.listTitle() : title,
                problems);
        var clauses = new DepartmentClauseParser(names, region);
        List<Task> tasks = new TaskBuilder(source, id, clauses, layout).build(list.tasks(), problems);
        if (tasks.isEmpty()) {
            problems.add(new Problem(source, lines.get(start).no(), Problem.Severity.ERROR, "no tasks could be read"));
            return new ParseOutcome(source, null, problems);
        }
        try {
            PolicyDocument doc = new PolicyDocument(id, source, title, meta.listTitle(), meta.number(), issuer,
                    meta.date(), year, region, meta.parent(), list.sections(), tasks);
            return new ParseOutcome(source, doc, problems);
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(source, 0, Problem.Severity.ERROR, e.getMessage()));
            return new ParseOutcome(source, null, problems);
        }
    }

    private static Integer yearIn(String title) {
        var m = java.util.regex.Pattern.compile("(19|20)\\d{2}").matcher(title);
        return m.find() ? Integer.valueOf(m.group()) : null;
    }

    private static ParseOutcome failed(String source, int line, String message) {
        return new ParseOutcome(source, null, List.of(new Problem(source, line, Problem.Severity.ERROR, message)));
    }
}
