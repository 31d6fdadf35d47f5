package policysearch.lineage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import policysearch.search.DocumentDetail;
import policysearch.search.DocumentSummary;
import policysearch.search.Hit;
import policysearch.search.SearchService;

/**
 * Task lineage over a {@link SearchService}: which document a local one implements, each local task's national
 * counterparts and what changed, each national task's local implementations, tasks on the same theme elsewhere,
 * and a theme across years. What depends on the whole index (the document graph, each document pair's
 * counterparts) is computed once per index snapshot, the counterparts lazily per pair.
 */
public final class Lineage {
    /** Tasks on the same theme shown beside a task. */
    static final int RELATED = 5;
    /** Candidates asked of the search service for them. */
    static final int RELATED_CANDIDATES = 20;

    private final SearchService service;
    private volatile State state;

    public Lineage(SearchService service) {
        this.service = service;
    }

    /** What one snapshot gives: its document graph and the counterparts of each local document computed so far. */
    private static final class State {
        final long snapshot;
        final DocumentGraph graph;
        final Map<String, List<CounterpartMatcher.Match>> counterparts = new ConcurrentHashMap<>();

        State(long snapshot, DocumentGraph graph) {
            this.snapshot = snapshot;
            this.graph = graph;
        }
    }

    private State state() {
        long snapshot = service.snapshot();
        State s = state;
        if (s == null || s.snapshot != snapshot) {
            synchronized (this) {
                s = state;
                if (s == null || s.snapshot != snapshot) {
                    s = new State(snapshot, DocumentGraph.load(service));
                    state = s;
                }
            }
        }
        return s;
    }

    /** The parent and the implementations of a document; empty for an unknown id. */
    public Optional<DocumentLineage> document(String id) {
        State s = state();
        return s.graph.document(id).map(d -> new DocumentLineage(s.graph.parent(id).orElse(null),
                s.graph.implementations(id)));
    }

    /** The lineage of one task. */
    public TaskLineage task(Hit task) {
        State s = state();
        String docId = task.document().id();
        DocumentSummary parentDocument = s.graph.parent(docId).orElse(null);
        List<Comparison> parent = new ArrayList<>();
        if (parentDocument != null) {
            List<Counterpart> mine = counterparts(s, docId).stream().filter(m -> m.local().id().equals(task.id()))
                    .findFirst().map(CounterpartMatcher.Match::counterparts).orElse(List.of());
            for (Counterpart c : mine) {
                parent.add(new Comparison(c.task(), task, c.score(), c.merged(),
                        TextDiff.of(c.task().text(), task.text())));
            }
        }
        List<Counterpart> implementations = implementations(s, task);
        Set<String> shown = new HashSet<>();
        parent.forEach(c -> shown.add(c.left().id()));
        implementations.forEach(c -> shown.add(c.task().id()));
        return new TaskLineage(parentDocument, parent, s.graph.implementations(docId), implementations,
                related(task, shown));
    }

    /** Any two tasks side by side with their diff; empty when either id is unknown. */
    public Optional<Comparison> compare(String a, String b) {
        Optional<Hit> left = service.task(a);
        Optional<Hit> right = service.task(b);
        if (left.isEmpty() || right.isEmpty()) {
            return Optional.empty();
        }
        List<Hit> pool = new ArrayList<>(tasksOf(left.get().document().id()));
        if (!left.get().document().id().equals(right.get().document().id())) {
            pool.addAll(tasksOf(right.get().document().id()));
        }
        Similarity similarity = new Similarity(pool.stream().map(Profile::of).toList());
        double score = similarity.dice(Profile.of(left.get()), Profile.of(right.get()));
        return Optional.of(new Comparison(left.get(), right.get(), score, false,
                TextDiff.of(left.get().text(), right.get().text())));
    }

    /** The tasks matching {@code query}, period by period, national and local apart. */
    public Timeline timeline(String query) {
        return Timelines.build(service, query);
    }

    /** The local tasks that implement a task, best match first. */
    private List<Counterpart> implementations(State s, Hit task) {
        List<Counterpart> out = new ArrayList<>();
        for (DocumentSummary child : s.graph.implementations(task.document().id())) {
            for (CounterpartMatcher.Match m : counterparts(s, child.id())) {
                for (Counterpart c : m.counterparts()) {
                    if (c.task().id().equals(task.id())) {
                        out.add(new Counterpart(m.local(), c.score(), c.merged()));
                    }
                }
            }
        }
        out.sort(Comparator.comparingDouble(Counterpart::score).reversed());
        return out;
    }

    /** The counterparts of every task of local document {@code docId} in its parent, computed once. */
    private List<CounterpartMatcher.Match> counterparts(State s, String docId) {
        return s.counterparts.computeIfAbsent(docId, id -> s.graph.parent(id)
                .map(p -> CounterpartMatcher.match(tasksOf(id), tasksOf(p.id())))
                .orElse(List.of()));
    }

    /**
     * Tasks of other documents on the same theme, leaving out those already shown as counterparts: the search
     * service's candidates ranked by weighted bigram overlap (weights from the task's own document and the
     * candidates), at least {@link CounterpartMatcher#THRESHOLD}.
     */
    private List<Counterpart> related(Hit task, Set<String> shown) {
        List<Hit> candidates = service.similar(task.id(), RELATED_CANDIDATES).stream()
                .filter(h -> !shown.contains(h.id())).toList();
        if (candidates.isEmpty()) {
            return List.of();
        }
        List<Profile> pool = new ArrayList<>();
        tasksOf(task.document().id()).forEach(h -> pool.add(Profile.of(h)));
        candidates.forEach(h -> pool.add(Profile.of(h)));
        Similarity similarity = new Similarity(pool);
        Profile own = Profile.of(task);
        return candidates.stream().map(h -> new Counterpart(h, similarity.dice(own, Profile.of(h)), false))
                .filter(c -> c.score() >= CounterpartMatcher.THRESHOLD)
                .sorted(Comparator.comparingDouble(Counterpart::score).reversed()).limit(RELATED).toList();
    }

    private List<Hit> tasksOf(String docId) {
        return service.document(docId).map(DocumentDetail::tasks).orElse(List.of());
    }
}
