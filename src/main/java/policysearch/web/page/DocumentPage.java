package policysearch.web.page;

import java.util.ArrayList;
import java.util.List;
import policysearch.model.Section;
import policysearch.search.DocumentDetail;
import policysearch.search.DocumentSummary;
import policysearch.search.Hit;

/**
 * One document: its metadata table, its own text before the task list (notice, preamble), the outline (sections →
 * tasks, with anchors s{no} and t{no}) and its closing requirements.
 */
public record DocumentPage(Layout layout, DocumentSummary document, List<OutlineSection> outline,
                           List<String> preface, List<String> closing) {

    /** A section with its tasks in document order. */
    public record OutlineSection(Section section, List<Hit> tasks) {
    }

    /** The page for {@code detail}; tasks whose section is not listed still appear, under their own section. */
    public static DocumentPage of(DocumentDetail detail) {
        List<OutlineSection> outline = new ArrayList<>();
        List<Section> sections = new ArrayList<>(detail.summary().sections());
        detail.tasks().stream().map(Hit::section).filter(s -> !sections.contains(s)).distinct()
                .forEach(sections::add);
        for (Section s : sections) {
            outline.add(new OutlineSection(s, detail.tasks().stream().filter(t -> t.section().equals(s)).toList()));
        }
        return new DocumentPage(Layout.of(detail.summary().title(), Layout.Nav.DOCUMENTS), detail.summary(),
                outline, paragraphs(detail.preface()), paragraphs(detail.closing()));
    }

    private static List<String> paragraphs(String text) {
        return text == null || text.isBlank() ? List.of() : List.of(text.strip().split("\n"));
    }

    /** The search link listing this document's tasks. */
    public String searchHref() {
        return "/search?issuer=" + policysearch.web.SearchParams.encodeValue(document.issuer())
                + "&year=" + document.year();
    }
}
