package policysearch.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import policysearch.model.Department;
import policysearch.model.Ids;
import policysearch.model.Problem;
import policysearch.model.Task;

/** Turns raw tasks into task records: text, first-sentence title, department clause and roles. */
final class TaskBuilder {
    /** Paragraphs after the last task that address the implementers (各地各有关部门要…) or close the document. */
    private static final Pattern CLOSING = Pattern.compile("^(各地|各有关|各级|各区县|各市|各省|各部门|各单位|各相关|请各|附件|抄送|以上任务).*");
    private static final Pattern SENTENCE_END = Pattern.compile("[。！？；]");

    private final String source;
    private final String docId;
    private final DepartmentClauseParser clauses;
    private final Layout layout;

    TaskBuilder(String source, String docId, DepartmentClauseParser clauses, Layout layout) {
        this.source = source;
        this.docId = docId;
        this.clauses = clauses;
        this.layout = layout;
    }

    /** Builds every task; the last one is cut where the document's closing matter begins. */
    List<Task> build(List<RawTask> raws, List<Problem> problems) {
        List<Task> out = new ArrayList<>();
        for (int i = 0; i < raws.size(); i++) {
            RawTask raw = raws.get(i);
            List<SourceLine> lines = i == raws.size() - 1 ? trimClosing(raw.lines()) : raw.lines();
            try {
                out.add(build(raw, lines, problems));
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(source, raw.lines().get(0).no(), Problem.Severity.WARNING,
                        "task " + raw.printedLabel() + " skipped: " + e.getMessage()));
            }
        }
        return out;
    }

    private Task build(RawTask raw, List<SourceLine> lines, List<Problem> problems) {
        List<String> notes = new ArrayList<>();
        String joined = LineJoiner.join(lines, notes);
        String body = joined.substring(raw.printedLabel().length()).strip();
        List<Department> departments = List.of();
        Optional<DepartmentClause.Found> clause = DepartmentClause.atEnd(body);
        if (clause.isPresent()) {
            departments = clauses.parse(clause.get().content(), notes);
            body = body.substring(0, clause.get().start()).strip();
        }
        int line = lines.get(0).no();
        for (String n : notes) {
            problems.add(new Problem(source, line, Problem.Severity.WARNING, "task " + raw.printedLabel() + ": " + n));
        }
        return new Task(Ids.task(docId, raw.no()), raw.no(), Structure.taskLabel(raw.no()), title(body), body,
                raw.section(), departments);
    }

    /** The first sentence, without its full stop. */
    static String title(String body) {
        var m = SENTENCE_END.matcher(body);
        String t = m.find() ? body.substring(0, m.start()) : body;
        return t.strip();
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
