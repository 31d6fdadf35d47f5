package policysearch.ingest;

import java.util.List;
import policysearch.model.Section;

/** A task as cut from the task list, before its text is split into title, body and department clause. */
record RawTask(int no, String printedLabel, Section section, List<SourceLine> lines) {
}
