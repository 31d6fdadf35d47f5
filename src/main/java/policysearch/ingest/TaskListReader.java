package policysearch.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import policysearch.model.Problem;
import policysearch.model.Section;

/**
 * Cuts the task list into sections and tasks. The list starts at the section heading 一、 that precedes the first
 * task label （一）; numbered requirements of the notice before it are not tasks. A label only starts a task when
 * its number follows the previous one (or restarts at 一 in a new section), so a wrapped line that happens to
 * begin with "二、三级医院" stays text.
 */
final class TaskListReader {

    /** Sections and raw tasks of a document, with where the list starts. */
    record TaskList(int start, List<Section> sections, List<RawTask> tasks) {
    }

    /** The index of the first line of the task list, or -1 when the document has no task labels. */
    static int start(List<SourceLine> lines) {
        int firstTask = -1;
        for (int i = 0; i < lines.size(); i++) {
            Optional<Structure.Marker> t = Structure.task(lines.get(i).text());
            if (t.isPresent() && t.get().no() == 1) {
                firstTask = i;
                break;
            }
        }
        if (firstTask < 0) {
            return -1;
        }
        for (int i = firstTask - 1; i >= 0; i--) {
            Optional<Structure.Marker> s = Structure.section(lines.get(i).text());
            if (s.isPresent() && s.get().no() == 1 && isHeading(s.get().rest())) {
                return i;
            }
        }
        return firstTask;
    }

    /** Reads sections and tasks from {@code lines[start..]}; anomalies go to {@code problems}. */
    static TaskList read(String source, List<SourceLine> lines, int start, Layout layout, String fallbackSection,
                         List<Problem> problems) {
        List<Section> sections = new ArrayList<>();
        List<RawTask> tasks = new ArrayList<>();
        Section section = null;
        int lastTaskNo = 0;
        int ordinal = 0;
        boolean restartsPerSection = false;
        boolean sectionHasTask = false;
        List<SourceLine> current = null;
        for (int i = start; i < lines.size(); i++) {
            SourceLine line = lines.get(i);
            Optional<Structure.Marker> sm = Structure.section(line.text());
            if (sm.isPresent() && sm.get().no() == sections.size() + 1 && isHeading(sm.get().rest())
                    && !layout.isFullWidth(line.text())) {
                section = new Section(sm.get().no(), sm.get().rest());
                sections.add(section);
                current = null;
                sectionHasTask = false;
                continue;
            }
            Optional<Structure.Marker> tm = Structure.task(line.text());
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
                    String label = line.text().substring(0, line.text().length() - tm.get().rest().length()).strip();
                    tasks.add(new RawTask(restartsPerSection ? ordinal : no, label, section, current));
                    sectionHasTask = true;
                    continue;
                }
                problems.add(new Problem(source, line.no(), Problem.Severity.WARNING,
                        "task label " + Structure.taskLabel(no) + " out of sequence after "
                                + (lastTaskNo == 0 ? "the start" : Structure.taskLabel(lastTaskNo)) + "; kept as text"));
            }
            if (current != null) {
                current.add(line);
            } else if (section != null) {
                problems.add(new Problem(source, line.no(), Problem.Severity.WARNING,
                        "text between section heading and first task ignored: " + abbreviate(line.text())));
            }
        }
        return new TaskList(start, sections, tasks);
    }

    /** A section heading is a short phrase, not a paragraph that happens to start with 一、. */
    private static boolean isHeading(String rest) {
        return !rest.contains("。") && rest.length() <= 40;
    }

    static String abbreviate(String s) {
        return s.length() <= 30 ? s : s.substring(0, 30) + "…";
    }
}
