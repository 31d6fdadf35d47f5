package policysearch.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import policysearch.index.Sentences;
import policysearch.model.Department;
import policysearch.model.Ids;
import policysearch.model.PolicyDocument;
import policysearch.model.Task;

/**
 * A large corpus made from the real seeds for measuring scale. Each synthetic document follows a seed document: its
 * own id, year (2010–2026) and, for local documents, another province, whose name replaces the original region in
 * department names. Each task keeps its seed task's title sentence, section and departments; its body is 2–5
 * sentences drawn from the tasks of sections with the same title across the seeds, so texts differ from task to
 * task as in a real corpus while every sentence is a seed's own (whose vector is cached). Deterministic: document
 * {@code i} draws from a {@link Random} seeded with {@code i}.
 */
public final class SyntheticCorpus {
    private static final String[] PROVINCES = {"北京市", "天津市", "河北省", "山西省", "内蒙古自治区", "辽宁省", "吉林省",
        "黑龙江省", "上海市", "江苏省", "浙江省", "安徽省", "福建省", "江西省", "山东省", "河南省", "湖北省", "湖南省",
        "广东省", "广西壮族自治区", "海南省", "重庆市", "四川省", "贵州省", "云南省", "西藏自治区", "陕西省", "甘肃省",
        "青海省", "宁夏回族自治区", "新疆维吾尔自治区"};
    /** Body sentences per synthetic task, drawn besides the title sentence. */
    static final int MIN_SENTENCES = 2;
    static final int MAX_SENTENCES = 5;

    private final List<PolicyDocument> seeds;
    /** Body sentences (all but the title sentence) of the seed tasks, by section title. */
    private final Map<String, LinkedHashSet<String>> pools = new LinkedHashMap<>();

    private SyntheticCorpus(List<PolicyDocument> seeds) {
        this.seeds = seeds;
        for (PolicyDocument d : seeds) {
            for (Task t : d.tasks()) {
                List<String> body = Sentences.of(t.text());
                pools.computeIfAbsent(t.section().title(), k -> new LinkedHashSet<>())
                        .addAll(body.subList(Math.min(1, body.size()), body.size()));
            }
        }
    }

    /** At least {@code tasks} task records in synthetic documents following {@code seeds} in turn. */
    public static List<PolicyDocument> of(List<PolicyDocument> seeds, int tasks) {
        SyntheticCorpus c = new SyntheticCorpus(seeds);
        List<PolicyDocument> out = new ArrayList<>();
        int count = 0;
        for (int i = 0; count < tasks; i++) {
            PolicyDocument d = c.document(i);
            out.add(d);
            count += d.tasks().size();
        }
        return out;
    }

    /** Every distinct sentence a synthetic task can be made of: the seed tasks' title sentences and bodies. */
    static List<String> sentences(List<PolicyDocument> seeds) {
        LinkedHashSet<String> all = new LinkedHashSet<>();
        for (PolicyDocument d : seeds) {
            for (Task t : d.tasks()) {
                all.addAll(Sentences.of(titleSentence(t)));
                all.addAll(Sentences.of(t.text()));
            }
        }
        return List.copyOf(all);
    }

    private PolicyDocument document(int i) {
        PolicyDocument base = seeds.get(i % seeds.size());
        Random random = new Random(i);
        int year = 2010 + i % 17;
        boolean local = !base.region().equals("国家");
        String region = local ? PROVINCES[(i / 5) % PROVINCES.length] : base.region();
        String issuer = local ? base.issuer().replace(base.region(), region) : base.issuer();
        String id = "syn" + i + "-" + year;
        List<Task> tasks = base.tasks().stream().map(t -> new Task(Ids.task(id, t.no()), t.no(), t.label(), t.title(),
                text(t, random), t.section(), t.departments().stream()
                        .map(dep -> local ? new Department(dep.name().replace(base.region(), region), dep.role(),
                                dep.sector()) : dep)
                        .toList())).toList();
        return new PolicyDocument(id, "synthetic-" + i + ".txt", base.title().replace(base.region(), region),
                base.listTitle(), null, issuer, base.date() == null ? null : base.date().withYear(year), year, region,
                base.parent(), base.sections(), tasks);
    }

    /** The seed task's title sentence, then body sentences drawn without repeats from its section's pool. */
    private String text(Task seed, Random random) {
        List<String> pool = new ArrayList<>(pools.get(seed.section().title()));
        StringBuilder text = new StringBuilder(titleSentence(seed));
        int n = Math.min(pool.size(), MIN_SENTENCES + random.nextInt(MAX_SENTENCES - MIN_SENTENCES + 1));
        for (int k = 0; k < n; k++) {
            text.append(pool.remove(random.nextInt(pool.size())));
        }
        return text.toString();
    }

    /** The title as a sentence of its own: the title with the full stop a task's title omits. */
    private static String titleSentence(Task t) {
        return t.title().endsWith("。") || t.title().endsWith("；") ? t.title() : t.title() + "。";
    }
}
