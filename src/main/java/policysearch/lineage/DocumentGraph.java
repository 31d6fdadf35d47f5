package policysearch.lineage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import policysearch.search.DocumentList;
import policysearch.search.DocumentSummary;
import policysearch.search.SearchService;

/** The documents of one index snapshot and which implements which: read once, page by page, then kept. */
final class DocumentGraph {
    static final int PAGE = 100;

    private final Map<String, DocumentSummary> documents;
    private final Map<String, DocumentSummary> parents = new HashMap<>();
    private final Map<String, List<DocumentSummary>> implementations = new HashMap<>();

    DocumentGraph(List<DocumentSummary> all) {
        documents = new LinkedHashMap<>();
        all.forEach(d -> documents.put(d.id(), d));
        ParentResolver resolver = new ParentResolver(all);
        for (DocumentSummary d : all) {
            resolver.resolve(d).ifPresent(p -> {
                parents.put(d.id(), p);
                implementations.computeIfAbsent(p.id(), k -> new ArrayList<>()).add(d);
            });
        }
        implementations.values().forEach(l -> l.sort(Comparator.comparing(DocumentSummary::region)
                .thenComparing(DocumentSummary::id)));
    }

    /** Every document of the service's current snapshot. */
    static DocumentGraph load(SearchService service) {
        List<DocumentSummary> all = new ArrayList<>();
        for (int page = 1; ; page++) {
            DocumentList list = service.documents(page, PAGE);
            all.addAll(list.documents());
            if (list.documents().size() < PAGE || all.size() >= list.total()) {
                return new DocumentGraph(all);
            }
        }
    }

    /** One document. */
    Optional<DocumentSummary> document(String id) {
        return Optional.ofNullable(documents.get(id));
    }

    /** The document {@code id} implements, if the index holds it. */
    Optional<DocumentSummary> parent(String id) {
        return Optional.ofNullable(parents.get(id));
    }

    /** The documents that implement {@code id}, by region. */
    List<DocumentSummary> implementations(String id) {
        return List.copyOf(implementations.getOrDefault(id, List.of()));
    }
}
