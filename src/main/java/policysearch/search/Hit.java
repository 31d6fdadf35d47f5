package policysearch.search;

import java.util.List;
import policysearch.model.Department;
import policysearch.model.Section;

/**
 * One task in a result list or on its own page. {@code highlights} hold HTML-escaped passages in which
 * matches are wrapped in {@code <mark>}; everything else is plain text. {@code score} is 0 when unscored.
 */
public record Hit(String id, String url, String source, int no, String label, String title, String text,
                  List<String> highlights, Section section, List<Department> departments, DocumentRef document,
                  float score) {
}
