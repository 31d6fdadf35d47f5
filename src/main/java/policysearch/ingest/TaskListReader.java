package policysearch.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import policysearch.model.Problem;
import policysearch.model.Section;

/**
 * Cuts the task list into sections and tasks. The list starts at the section heading 一、 that precedes the first
 * task label; numbered requirements of the notice before it are not tasks. Tasks are numbered （一） or, right
 * under a 一、 heading, 1. / （1） / 第一条 ({@link Numbering}). A label only starts a task when its number follows
 * the previous one (or restarts at 1 in a new section), so a wrapped line that happens to begin with "二、三级医院"
 * stays text.
 */
final class TaskListReader {
    /** How many lines after the first heading its first task label may come (an introductory sentence between). */
    private static final int LABEL_WITHIN = 3;

    /** Where the task list starts and how its tasks are numbered. */
    record Start(int index, Numbering numbering) {
    }

    /** Sections and raw tasks of a document; {@code loose} holds the lines inside the list that belong to no task. */
    record TaskList(List<Section> sections, List<RawTask> tasks, List<SourceLine> loose) {
    }

    private TaskListReader() {
    }

    /** Where the task list starts, or empty when the document has no task labels. */
    static Optional<Start> start(List<SourceLine> lines) {
        for (int i = 0; i < lines.size(); i++) {
            Optional<Structure.Marker> s = Structure.section(lines.get(i).text());
            if (s.isEmpty() || s.get().no() != 1 || !isHeading(s.get().rest())) {
                continue;
            }
            for (int j = i + 1; j < Math.min(lines.size(), i + 1 + LABEL_WITHIN); j++) {
                String t = lines.get(j).text();
                for (Numbering n : Numbering.values()) {
                    if (n.match(t).map(m -> m.no() == 1).orElse(false)) {
                        return Optional.of(new Start(i, n));
                    }
                }
                if (Structure.section(t).isPresent()) {
                    break;
                }
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            Optional<Structure.Marker> t = Structure.task(lines.get(i).text());
            if (t.isPresent() && t.get().no() == 1) {
                return Optional.of(new Start(headingBefore(lines, i), Numbering.CHINESE_PAREN));
            }
        }
        return Optional.empty();
    }

    /** The heading 一、 above the first task, else the first task itself. */
    private static int headingBefore(List<SourceLine> lines, int firstTask) {
        for (int i = firstTask - 1; i >= 0; i--) {
            Optional<Structure.Marker> s = Structure.section(lines.get(i).text());
            if (s.isPresent() && s.get().no() == 1 && isHeading(s.get().rest())) {
                return i;
            }
        }
        return firstTask;
    }

    /** Reads sections and tasks from {@code lines[start..]}; anomalies go to {@code problems}. */
    static TaskList read(String source, List<SourceLine> lines, Start start, Layout layout, String fallbackSection,
                         List<Problem> problems) {
        Numbering numbering = start.numbering();
        List<Section> sections = new ArrayList<>();
        List<RawTask> tasks = new ArrayList<>();
        List<SourceLine> loose = new ArrayList<>();
        Section section = null;
        int lastTaskNo = 0;
        int ordinal = 0;
        boolean restartsPerSection = false;
        boolean sectionHasTask = false;
        List<SourceLine> current = null;
        for (int i = start.index(); i < lines.size(); i++) {
            SourceLine line = lines.get(i);
            Optional<Structure.Marker> sm = Structure.section(line.text());
            boolean taskFollows = i + 1 < lines.size() && numbering.match(lines.get(i + 1).text()).isPresent();
            if (sm.isPresent() && sm.get().no() == sections.size() + 1 && isHeading(sm.get().rest())
                    && (!layout.isFullWidth(line.text()) || taskFollows)) {
                section = new Section(sm.get().no(), sm.get().rest());
                sections.add(section);
                current = null;
                sectionHasTask = false;
                continue;
            }
            Optional<Structure.Marker> tm = numbering.match(line.text());
            if (tm.isPresent()) {
                int no = tm.get().no();
                boolean next = no == lastTaskNo + 1;
                boolean restart = no == 1 && !sectionHasTask && lastTaskNo > 0;
                if (next || restart) {
                    restartsPerSection |= restart;
                    if (section == null) {
                        section = new Section(1, fallbackSection);
                        sections.add(section);
                        problems.add(new Problem(source, line.no(), Problem.Severity.WARNING,
                                "task list has no section headings; tasks filed under the document title"));
                    }
                    lastTaskNo = no;
                    ordinal++;
                    current = new ArrayList<>();
                    current.add(line);
                    String printed = line.text().substring(0, line.text().length() - tm.get().rest().length()).strip();
                    int taskNo = restartsPerSection ? ordinal : no;
                    String label = numbering == Numbering.CHINESE_PAREN ? numbering.label(taskNo) : numbering.label(no);
                    tasks.add(new RawTask(taskNo, printed, label, section, current));
                    sectionHasTask = true;
                    continue;
                }
                problems.add(new Problem(source, line.no(), Problem.Severity.WARNING,
                        "task label " + numbering.label(no) + " out of sequence after "
                                + (lastTaskNo == 0 ? "the start" : numbering.label(lastTaskNo)) + "; kept as text"));
            }
            if (current != null) {
                current.add(line);
            } else {
                loose.add(line);
                if (section != null) {
                    problems.add(new Problem(source, line.no(), Problem.Severity.WARNING,
                            "text between section heading and first task kept as the document's own text: "
                                    + abbreviate(line.text())));
                }
            }
        }
        return new TaskList(sections, tasks, loose);
    }

    /** A section heading is a short phrase, not a paragraph that happens to start with 一、. */
    static boolean isHeading(String rest) {
        return !rest.contains("。") && rest.length() <= 40;
    }

    static String abbreviate(String s) {
        return s.length() <= 30 ? s : s.substring(0, 30) + "…";
    }
}
