package policysearch.lineage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import policysearch.model.PolicyDocument;
import policysearch.search.DocumentRef;
import policysearch.search.Hit;
import policysearch.search.SearchRequest;
import policysearch.search.SearchService;

/** Builds a theme's timeline from every task a query matches, read with the search's own rules. */
final class Timelines {
    private static final Pattern PERIOD = Pattern.compile("((?:19|20)\\d{2})年(上半年|下半年)?");

    private Timelines() {
    }

    static Timeline build(SearchService service, String query) {
        SearchRequest request = SearchRequest.of(query);
        long total = service.search(new SearchRequest(query, Map.of(), null, 1, 1)).total();
        if (total > Timeline.MAX_TASKS) {
            return new Timeline(query, total, true, List.of());
        }
        List<Hit> hits = new ArrayList<>(service.searchAll(request));
        hits.sort(Comparator.comparing((Hit h) -> date(h.document())).thenComparing(h -> h.document().id())
                .thenComparingInt(Hit::no));
        Map<String, Map<String, List<Hit>>> byPeriod = new LinkedHashMap<>();
        for (Hit h : hits) {
            byPeriod.computeIfAbsent(label(h.document()), k -> new LinkedHashMap<>())
                    .computeIfAbsent(h.document().id(), k -> new ArrayList<>()).add(h);
        }
        Map<String, Profile> profiles = new LinkedHashMap<>();
        hits.stream().filter(Timelines::national).forEach(h -> profiles.put(h.id(), Profile.of(h)));
        Similarity similarity = new Similarity(profiles.values());
        List<Timeline.Period> periods = new ArrayList<>();
        List<Hit> previous = List.of();
        for (var period : byPeriod.entrySet()) {
            List<Timeline.DocumentTasks> national = new ArrayList<>();
            List<Timeline.DocumentTasks> local = new ArrayList<>();
            List<Hit> current = new ArrayList<>();
            int year = 0;
            for (List<Hit> tasks : period.getValue().values()) {
                DocumentRef doc = tasks.get(0).document();
                year = doc.year();
                boolean isNational = national(tasks.get(0));
                List<Timeline.Step> steps = new ArrayList<>();
                for (Hit t : tasks) {
                    steps.add(isNational ? step(t, previous, similarity, profiles) : new Timeline.Step(t, null, 0));
                }
                (isNational ? national : local).add(new Timeline.DocumentTasks(doc, steps));
                if (isNational) {
                    current.addAll(tasks);
                }
            }
            periods.add(new Timeline.Period(period.getKey(), year, national, local));
            previous = current.isEmpty() ? previous : current;
        }
        return new Timeline(query, total, false, periods);
    }

    /** A national task with the closest national task of the previous period, when one is close enough. */
    private static Timeline.Step step(Hit task, List<Hit> previous, Similarity similarity,
                                      Map<String, Profile> profiles) {
        Profile p = profiles.get(task.id());
        Hit best = null;
        double score = 0;
        for (Hit q : previous) {
            double s = similarity.dice(p, profiles.get(q.id()));
            if (s > score) {
                best = q;
                score = s;
            }
        }
        return score >= CounterpartMatcher.THRESHOLD ? new Timeline.Step(task, best, score)
                : new Timeline.Step(task, null, 0);
    }

    /** 2020年下半年 when the list title names a half year, else the year. */
    static String label(DocumentRef doc) {
        Matcher m = PERIOD.matcher(doc.listTitle() == null ? doc.title() : doc.listTitle());
        if (m.find() && Integer.parseInt(m.group(1)) == doc.year()) {
            return m.group(1) + "年" + (m.group(2) == null ? "" : m.group(2));
        }
        return doc.year() + "年";
    }

    private static boolean national(Hit h) {
        return PolicyDocument.NATIONAL.equals(h.document().region());
    }

    private static String date(DocumentRef d) {
        return d.date() != null ? d.date() : d.year() + "-01-01";
    }
}
