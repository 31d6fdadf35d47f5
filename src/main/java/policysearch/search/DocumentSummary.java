package policysearch.search;

import java.util.List;
import policysearch.model.ParentReference;
import policysearch.model.Section;

/**
 * A document in the document list: metadata, the parent it names ({@code parent}, as stated, may be null),
 * sections and its number of tasks.
 */
public record DocumentSummary(String id, String url, String source, String title, String listTitle, String number,
                              String issuer, String date, int year, String region, ParentReference parent,
                              List<Section> sections, int taskCount) {
}
