package policysearch.ingest;

import java.time.LocalDate;
import java.util.List;
import policysearch.model.Department;
import policysearch.model.ParentReference;
import policysearch.model.ParseOutcome;
import policysearch.model.PolicyDocument;
import policysearch.model.Problem;
import policysearch.model.Section;

/** The JSON shape of a parsed document as printed by {@code parse}: the document, its tasks and its warnings. */
public record ParsedJson(String id, String source, String title, String listTitle, String number, String issuer,
                         LocalDate date, int year, String region, ParentReference parent, List<Section> sections,
                         List<TaskJson> tasks,
                         List<String> warnings) {

    /** A task as printed by {@code parse}. */
    public record TaskJson(String id, int no, String label, String title, String text, Section section,
                           List<Department> departments) {
    }

    /** The JSON view of a successful outcome. */
    public static ParsedJson of(ParseOutcome o) {
        PolicyDocument d = o.document();
        return new ParsedJson(d.id(), d.source(), d.title(), d.listTitle(), d.number(), d.issuer(), d.date(),
                d.year(), d.region(), d.parent(), d.sections(),
                d.tasks().stream().map(t -> new TaskJson(t.id(), t.no(), t.label(), t.title(), t.text(), t.section(),
                        t.departments())).toList(),
                o.problems().stream().map(Problem::toString).toList());
    }
}
