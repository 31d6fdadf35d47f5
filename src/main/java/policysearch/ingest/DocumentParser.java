package policysearch.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import policysearch.ingest.format.BoundedReading;
import policysearch.ingest.format.Extraction;
import policysearch.ingest.format.FileLimits;
import policysearch.ingest.format.Format;
import policysearch.ingest.format.Formats;
import policysearch.ingest.format.UnreadableFileException;
import policysearch.model.ParseOutcome;
import policysearch.model.PolicyDocument;
import policysearch.model.Problem;
import policysearch.model.Task;

/**
 * Turns one file into a document: read its format's lines, clean them, set a task division table aside, drop
 * chrome, read the header's metadata, cut the task list into sections and tasks, and read each task's department
 * clause; the text outside the task list is kept as the document's own. A document without a task list is kept
 * as one record without tasks. Any failure is reported as a problem of that file with its line; nothing is thrown
 * for bad content.
 */
public final class DocumentParser {
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d{2}(?=\\s*年)");
    private static final Pattern ANY_YEAR = Pattern.compile("(19|20)\\d{2}");
    private static final int MAX_FALLBACK_TITLE = 60;

    private final LineCleaner cleaner = new LineCleaner();
    private final ChromeFilter chrome = new ChromeFilter();
    private final HeaderReader header = new HeaderReader();
    private final Regions regions;
    private final DepartmentNames names;
    private final DocumentIds ids;
    private final BoundedReading reading;

    public DocumentParser(Regions regions, DepartmentNames names) {
        this(regions, names, FileLimits.standard());
    }

    /** A parser reading each file within {@code limits} (size, time). */
    public DocumentParser(Regions regions, DepartmentNames names, FileLimits limits) {
        this.regions = regions;
        this.names = names;
        this.ids = new DocumentIds(regions);
        this.reading = new BoundedReading(limits);
    }

    /** The parser with the bundled dictionaries. */
    public static DocumentParser standard() {
        return new DocumentParser(Regions.standard(), DepartmentNames.standard());
    }

    /**
     * Parses one file, applying its sidecar metadata when present. A file over the size limit is not read; one that
     * vanishes before it is read (deleted or moved while indexing) is reported as such.
     */
    public ParseOutcome parse(Path file) {
        String name = file.getFileName().toString();
        try {
            long size = Files.size(file);
            if (size > reading.limits().maxBytes()) {
                return failed(name, null, BoundedReading.tooLarge(size, reading.limits()).getMessage());
            }
            byte[] bytes = Files.readAllBytes(file);
            return parse(name, bytes, Sidecar.read(file));
        } catch (NoSuchFileException e) {
            return failed(name, null, "the file disappeared before it was read (deleted or moved while indexing)");
        } catch (IOException e) {
            return failed(name, null, "cannot read: " + e.getMessage());
        } catch (RuntimeException e) {
            return failed(name, null, "unexpected parser failure: " + e);
        }
    }

    /** Parses the bytes of a file named {@code source}, with metadata overrides (may be empty). */
    public ParseOutcome parse(String source, byte[] bytes, Metadata overrides) {
        Format format;
        Extraction extraction;
        try {
            format = Formats.detect(source, bytes);
        } catch (UnreadableFileException e) {
            return failed(source, null, e.getMessage());
        }
        try {
            extraction = reading.read(Formats.reader(format), bytes);
        } catch (UnreadableFileException e) {
            return failed(source, format.id(), e.getMessage());
        }
        Read read = new Read(source, format.id(), extraction.declaredTitle(), new ArrayList<>());
        extraction.warnings().forEach(w -> read.warn(0, w));
        DivisionTable.Found table = DivisionTable.find(cleaner.clean(extraction.lines()));
        List<SourceLine> lines = chrome.filter(source, table.rest(), read.problems());
        Optional<TaskListReader.Start> start = TaskListReader.start(lines);
        if (start.isEmpty()) {
            read.warn(0, "no task list found (no task label like （一） at the start of a line):"
                    + " indexed as one document record without tasks");
            return whole(read, lines, overrides);
        }
        int at = start.get().index();
        Layout layout = Layout.of(lines.subList(at, lines.size()));
        Metadata meta = header.read(lines.subList(0, at), layout).overriddenBy(overrides);
        return build(read, lines, start.get(), layout, meta, table);
    }

    /** A file being read: its name, format, declared title and the problems found so far. */
    private record Read(String source, String format, String declaredTitle, List<Problem> problems) {
        void warn(int line, String message) {
            problems.add(new Problem(source, line, Problem.Severity.WARNING, message));
        }

        ParseOutcome error(int line, String message) {
            problems.add(new Problem(source, line, Problem.Severity.ERROR, message));
            return new ParseOutcome(source, null, problems, format);
        }
    }

    /** Metadata resolved enough to make a document: title, issuer, year, region and id. */
    private record Resolved(String title, String issuer, int year, String region, String id) {
    }

    private ParseOutcome build(Read read, List<SourceLine> lines, TaskListReader.Start start, Layout layout,
                               Metadata meta, DivisionTable.Found table) {
        int firstLine = lines.get(0).no();
        Resolved r = resolve(read, meta, meta.listTitle(), "");
        if (r == null) {
            return new ParseOutcome(read.source(), null, read.problems(), read.format());
        }
        var list = TaskListReader.read(read.source(), lines, start, layout,
                meta.listTitle() != null ? meta.listTitle() : r.title(), read.problems());
        List<SourceLine> own = new ArrayList<>(lines.subList(0, start.index()));
        own.addAll(list.loose());
        String preface = Paragraphs.of(own, layout);
        var clauses = new DepartmentClauseParser(names, r.region());
        clauses.readNotes(preface);
        TaskBuilder.Built built = new TaskBuilder(read.source(), r.id(), clauses, layout, table)
                .build(list.tasks(), read.problems());
        String closing = Paragraphs.of(built.closing(), layout);
        List<Task> tasks = built.tasks();
        if (tasks.isEmpty()) {
            read.warn(firstLine, "no tasks could be read: indexed as one document record without tasks");
            preface = Paragraphs.of(lines, layout);
            closing = "";
        }
        return document(read, r, meta, list.sections(), tasks, preface, closing);
    }

    /** A document without a task list: one record, its whole text its own. */
    private ParseOutcome whole(Read read, List<SourceLine> lines, Metadata overrides) {
        Layout layout = Layout.of(lines);
        Metadata meta = header.read(lines, layout).overriddenBy(overrides);
        String text = Paragraphs.of(lines, layout);
        String firstLine = lines.isEmpty() ? null : lines.get(0).text();
        String fallback = firstLine == null || firstLine.length() > MAX_FALLBACK_TITLE ? null : firstLine;
        Resolved r = resolve(read, meta, fallback, text);
        if (r == null) {
            return new ParseOutcome(read.source(), null, read.problems(), read.format());
        }
        return document(read, r, meta, List.of(), List.of(), text, "");
    }

    private ParseOutcome document(Read read, Resolved r, Metadata meta, List<policysearch.model.Section> sections,
                                  List<Task> tasks, String preface, String closing) {
        try {
            PolicyDocument doc = new PolicyDocument(r.id(), read.source(), r.title(), meta.listTitle(),
                    meta.number(), r.issuer(), meta.date(), r.year(), r.region(), meta.parent(), sections, tasks,
                    preface, closing);
            return new ParseOutcome(read.source(), doc, read.problems(), read.format());
        } catch (IllegalArgumentException e) {
            return read.error(0, e.getMessage());
        }
    }

    /**
     * Title (the metadata's, else {@code fallbackTitle}, else the one the file declares), issuer, year (the date's,
     * the 文号's, else the title's or the text's), region and id; null, with an error, when there is no title or year.
     */
    private Resolved resolve(Read read, Metadata meta, String fallbackTitle, String text) {
        String title = meta.title() != null ? meta.title() : fallbackTitle != null ? fallbackTitle : read.declaredTitle();
        if (title == null) {
            read.error(0, "no document title found");
            return null;
        }
        String issuer = meta.issuer();
        if (issuer == null) {
            issuer = "未署名";
            read.warn(0, "no issuer found (signature or 发文机关)");
        }
        Integer year = meta.year() != null ? meta.year() : yearIn(title);
        if (year == null) {
            Matcher m = YEAR.matcher(text);
            year = m.find() ? Integer.valueOf(m.group()) : null;
        }
        if (year == null) {
            read.error(0, "no date or year found");
            return null;
        }
        if (meta.number() == null) {
            read.warn(0, "document states no 发文字号");
        }
        if (meta.date() == null) {
            read.warn(0, "no 成文日期 found; year taken from the text");
        }
        String region = meta.region() != null ? meta.region() : regions.regionOf(issuer);
        String id = meta.id() != null ? meta.id() : ids.idFor(meta.number(), region, meta.date(), year, title);
        return new Resolved(title, issuer, year, region, id);
    }

    private static Integer yearIn(String title) {
        Matcher m = ANY_YEAR.matcher(title);
        return m.find() ? Integer.valueOf(m.group()) : null;
    }

    private static ParseOutcome failed(String source, String format, String message) {
        return new ParseOutcome(source, null, List.of(new Problem(source, 0, Problem.Severity.ERROR, message)), format);
    }
}
