package policysearch.search;

import java.util.List;
import policysearch.model.Section;

/** A document in the document list: metadata, sections and its number of tasks. */
public record DocumentSummary(String id, String url, String source, String title, String listTitle, String number,
                              String issuer, String date, int year, String region, List<Section> sections,
                              int taskCount) {
}
