package policysearch.bench;

import java.util.ArrayList;
import java.util.List;
import policysearch.model.Department;
import policysearch.model.Ids;
import policysearch.model.PolicyDocument;
import policysearch.model.Task;

/**
 * A large corpus made from the real seeds for measuring scale: each copy of a seed document gets its own id,
 * year (2010–2026) and, for local documents, another province, whose name replaces the original region in
 * department names. Task texts are the seeds' own, so every term recurs in many records (long posting lists).
 */
final class SyntheticCorpus {
    private static final String[] PROVINCES = {"北京市", "天津市", "河北省", "山西省", "内蒙古自治区", "辽宁省", "吉林省",
        "黑龙江省", "上海市", "江苏省", "浙江省", "安徽省", "福建省", "江西省", "山东省", "河南省", "湖北省", "湖南省",
        "广东省", "广西壮族自治区", "海南省", "重庆市", "四川省", "贵州省", "云南省", "西藏自治区", "陕西省", "甘肃省",
        "青海省", "宁夏回族自治区", "新疆维吾尔自治区"};

    private SyntheticCorpus() {
    }

    /** At least {@code tasks} task records in copies of {@code seeds}. */
    static List<PolicyDocument> of(List<PolicyDocument> seeds, int tasks) {
        List<PolicyDocument> out = new ArrayList<>();
        int count = 0;
        for (int i = 0; count < tasks; i++) {
            PolicyDocument d = copy(seeds.get(i % seeds.size()), i);
            out.add(d);
            count += d.tasks().size();
        }
        return out;
    }

    private static PolicyDocument copy(PolicyDocument base, int i) {
        int year = 2010 + i % 17;
        boolean local = !base.region().equals("国家");
        String region = local ? PROVINCES[(i / 5) % PROVINCES.length] : base.region();
        String issuer = local ? base.issuer().replace(base.region(), region) : base.issuer();
        String id = "syn" + i + "-" + year;
        List<Task> tasks = base.tasks().stream().map(t -> new Task(Ids.task(id, t.no()), t.no(), t.label(), t.title(),
                t.text(), t.section(), t.departments().stream()
                        .map(dep -> local ? new Department(dep.name().replace(base.region(), region), dep.role(),
                                dep.sector()) : dep)
                        .toList())).toList();
        return new PolicyDocument(id, "synthetic-" + i + ".txt", base.title().replace(base.region(), region),
                base.listTitle(), null, issuer, base.date() == null ? null : base.date().withYear(year), year, region,
                base.parent(), base.sections(), tasks);
    }
}
