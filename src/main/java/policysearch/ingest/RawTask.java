package policysearch.ingest;

import java.util.List;
import policysearch.model.Section;

/**
 * A task as cut from the task list, before its text is split into title, body and department clause: its number
 * in the document, the label as printed and as shown (canonical), its section and its lines.
 */
record RawTask(int no, String printedLabel, String label, Section section, List<SourceLine> lines) {
}
