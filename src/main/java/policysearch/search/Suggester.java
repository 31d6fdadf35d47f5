package policysearch.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * In-memory suggestions over dictionary terms, departments and distinct task titles, built once per
 * index snapshot; a text offered as several kinds is kept once (a department before a term before a title).
 * Matches by prefix or anywhere inside (CJK infix); candidates come from a per-character posting list of
 * the query's rarest character, so a keystroke never scans every entry. A word that names bodies by a short form
 * (卫健委, 医保局, 川医保局) first offers the canonical names the department facet holds, as query understanding
 * resolves them, each leading to its filter.
 */
final class Suggester {
    /** What can be suggested; lower ordinal ranks first among equally good matches. */
    enum Kind { TERM, DEPARTMENT, TASK }

    record Entry(String text, Kind kind, long weight) {
    }

    private final List<Entry> entries;
    private final List<String> lower;
    private final Map<Character, int[]> postings = new HashMap<>();
    private final Map<String, Long> departments = new HashMap<>();
    private final Function<String, List<String>> bodies;

    /** Suggests from {@code entries}; {@code bodies} resolves a short name to canonical department names. */
    Suggester(List<Entry> entries, Function<String, List<String>> bodies) {
        this.bodies = bodies;
        entries.stream().filter(e -> e.kind() == Kind.DEPARTMENT).forEach(e -> departments.put(e.text(), e.weight()));
        Map<String, Entry> byText = new LinkedHashMap<>();
        for (Entry e : entries) {
            byText.merge(e.text().toLowerCase(Locale.ROOT), e, Suggester::better);
        }
        this.entries = List.copyOf(byText.values());
        this.lower = this.entries.stream().map(e -> e.text().toLowerCase(Locale.ROOT)).toList();
        Map<Character, List<Integer>> tmp = new HashMap<>();
        for (int i = 0; i < lower.size(); i++) {
            final int id = i;
            lower.get(i).chars().distinct().forEach(c -> tmp.computeIfAbsent((char) c, k -> new ArrayList<>()).add(id));
        }
        tmp.forEach((c, ids) -> postings.put(c, ids.stream().mapToInt(Integer::intValue).toArray()));
    }

    /** A department (it has a count and becomes a filter) beats a dictionary term, which beats a task title. */
    private static Entry better(Entry a, Entry b) {
        return preference(b.kind()) < preference(a.kind()) ? b : a;
    }

    private static int preference(Kind kind) {
        return switch (kind) {
            case DEPARTMENT -> 0;
            case TERM -> 1;
            case TASK -> 2;
        };
    }

    /**
     * Up to {@code limit} entries containing {@code prefix}: prefix matches first, then by kind, weight, length;
     * dictionary terms fill at most half of the list while other kinds match too.
     */
    List<Suggestion> suggest(String prefix, int limit) {
        String q = prefix == null ? "" : prefix.strip().toLowerCase(Locale.ROOT);
        if (q.isEmpty() || limit <= 0) {
            return List.of();
        }
        int[] candidates = null;
        for (char c : q.toCharArray()) {
            int[] p = postings.get(c);
            if (p == null) {
                return named(prefix.strip()).stream().limit(limit).toList();
            }
            if (candidates == null || p.length < candidates.length) {
                candidates = p;
            }
        }
        record Match(Entry entry, boolean prefix) {
        }
        List<Match> matches = new ArrayList<>();
        for (int id : candidates) {
            int at = lower.get(id).indexOf(q);
            if (at >= 0) {
                matches.add(new Match(entries.get(id), at == 0));
            }
        }
        List<Entry> ranked = matches.stream()
                .sorted(Comparator.comparing((Match m) -> !m.prefix())
                        .thenComparing(m -> m.entry().kind())
                        .thenComparing(m -> -m.entry().weight())
                        .thenComparingInt(m -> m.entry().text().length())
                        .thenComparing(m -> m.entry().text()))
                .map(Match::entry)
                .toList();
        Stream<Suggestion> found = mixed(ranked, limit).stream()
                .map(e -> new Suggestion(e.text(), e.kind().name().toLowerCase(Locale.ROOT)));
        return Stream.concat(named(prefix.strip()).stream(), found).distinct().limit(limit).toList();
    }

    /** The departments a short name resolves to, most tasks first. */
    private List<Suggestion> named(String word) {
        return bodies.apply(word).stream().filter(departments::containsKey)
                .sorted(Comparator.comparing((String d) -> -departments.get(d)).thenComparing(d -> d))
                .map(d -> new Suggestion(d, Suggestion.DEPARTMENT)).toList();
    }

    /**
     * The first {@code limit} entries in rank order, except that dictionary terms take at most half the places
     * while departments or task titles are left: a large dictionary shares in 医保 with 国家医保局 and the tasks.
     */
    private static List<Entry> mixed(List<Entry> ranked, int limit) {
        int termCap = (limit + 1) / 2;
        boolean[] taken = new boolean[ranked.size()];
        int count = 0;
        int terms = 0;
        for (int i = 0; i < ranked.size() && count < limit; i++) {
            boolean term = ranked.get(i).kind() == Kind.TERM;
            if (!term || terms < termCap) {
                taken[i] = true;
                count++;
                terms += term ? 1 : 0;
            }
        }
        for (int i = 0; i < ranked.size() && count < limit; i++) {
            if (!taken[i]) {
                taken[i] = true;
                count++;
            }
        }
        List<Entry> out = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            if (taken[i]) {
                out.add(ranked.get(i));
            }
        }
        return out;
    }
}
