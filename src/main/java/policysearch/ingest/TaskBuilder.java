package policysearch.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import policysearch.model.Department;
import policysearch.model.Ids;
import policysearch.model.Problem;
import policysearch.model.Task;

/**
 * Turns raw tasks into task records: text, first-sentence title, department clause (or the division table's row)
 * and roles. The last task ends where the document's closing matter begins; that matter is handed back.
 */
final class TaskBuilder {
    /** Paragraphs after the last task that address the implementers (各地各有关部门要…) or close the document. */
    private static final Pattern CLOSING = Pattern.compile("^(各地|各有关|各级|各区县|各市|各省|各部门|各单位|各相关|请各|附件|抄送|以上任务).*");
    private static final Pattern SENTENCE_END = Pattern.compile("[。！？；]");
    private static final Pattern CLAUSE_END = Pattern.compile("[，,；;：:]");
    /** A first sentence longer than this is not a title: the task has none, and its first clause stands for it. */
    static final int MAX_TITLE = 40;

    private final String source;
    private final String docId;
    private final DepartmentClauseParser clauses;
    private final Layout layout;
    private final DivisionTable.Found table;

    /** The tasks, and the lines after the last one that close the document. */
    record Built(List<Task> tasks, List<SourceLine> closing) {
    }

    TaskBuilder(String source, String docId, DepartmentClauseParser clauses, Layout layout, DivisionTable.Found table) {
        this.source = source;
        this.docId = docId;
        this.clauses = clauses;
        this.layout = layout;
        this.table = table;
    }

    /** Builds every task; the last one is cut where the document's closing matter begins. */
    Built build(List<RawTask> raws, List<Problem> problems) {
        List<Task> out = new ArrayList<>();
        List<SourceLine> closing = List.of();
        for (int i = 0; i < raws.size(); i++) {
            RawTask raw = raws.get(i);
            List<SourceLine> lines = raw.lines();
            if (i == raws.size() - 1) {
                lines = trimClosing(raw.lines());
                closing = raw.lines().subList(lines.size(), raw.lines().size());
            }
            try {
                out.add(build(raw, lines, problems));
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(source, raw.lines().get(0).no(), Problem.Severity.WARNING,
                        "task " + raw.printedLabel() + " skipped: " + e.getMessage()));
            }
        }
        return new Built(out, closing);
    }

    private Task build(RawTask raw, List<SourceLine> lines, List<Problem> problems) {
        List<String> notes = new ArrayList<>();
        String joined = LineJoiner.join(lines, notes);
        String body = joined.substring(raw.printedLabel().length()).strip();
        List<Department> departments;
        Optional<DepartmentClause.Found> clause = DepartmentClause.atEnd(body);
        if (clause.isPresent()) {
            departments = clauses.parse(clause.get().content(), notes);
            body = body.substring(0, clause.get().start()).strip();
        } else {
            departments = fromTable(raw.no(), title(body), notes);
        }
        int line = lines.get(0).no();
        for (String n : notes) {
            problems.add(new Problem(source, line, Problem.Severity.WARNING, "task " + raw.printedLabel() + ": " + n));
        }
        return new Task(Ids.task(docId, raw.no()), raw.no(), raw.label(), title(body), body, raw.section(),
                departments);
    }

    /** The bodies the division table names for a task, else those every task has (a standing note). */
    private List<Department> fromTable(int no, String title, List<String> notes) {
        Optional<DivisionTable.Row> row = table.rowFor(no, title);
        if (row.isEmpty()) {
            if (!table.rows().isEmpty()) {
                notes.add("no row of the division table names this task");
            }
            return clauses.standing();
        }
        DivisionTable.Row r = row.get();
        return clauses.parseRow(r.lead(), r.responsible(), r.support(), notes);
    }

    /**
     * The first sentence, without its full stop. A task without a title sentence (its first sentence runs on) is
     * titled by its first clause, or failing that by its first words.
     */
    static String title(String body) {
        var m = SENTENCE_END.matcher(body);
        String t = (m.find() ? body.substring(0, m.start()) : body).strip();
        if (t.length() <= MAX_TITLE) {
            return t;
        }
        var c = CLAUSE_END.matcher(t);
        if (c.find() && c.start() >= 2 && c.start() <= MAX_TITLE) {
            return t.substring(0, c.start()).strip();
        }
        return t.substring(0, MAX_TITLE).strip() + "…";
    }

    /**
     * Lines of the last task up to where closing matter starts: after a line that ends the task's department clause,
     * or at a paragraph that begins like 各地各有关部门要….
     */
    private List<SourceLine> trimClosing(List<SourceLine> lines) {
        for (int k = 1; k < lines.size(); k++) {
            String prev = lines.get(k - 1).text();
            String next = lines.get(k).text();
            boolean paragraphEnded = !layout.isFullWidth(prev) || prev.endsWith("。") || prev.endsWith("）") || prev.endsWith(")");
            if (!paragraphEnded) {
                continue;
            }
            String sofar = LineJoiner.join(lines.subList(0, k), new ArrayList<>());
            if (DepartmentClause.atEnd(sofar).isPresent() || CLOSING.matcher(next).matches()) {
                return lines.subList(0, k);
            }
        }
        return lines;
    }
}
