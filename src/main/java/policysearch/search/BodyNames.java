package policysearch.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What bodies of the index a query word names: a short name (卫健委, 川医保局, 国家疾控局) resolves to the canonical
 * names the department facet holds when the word is the name, ends it (医保局), or abbreviates it (its characters in
 * order, first and last alike: 卫健委 → 卫生健康委), after an optional region prefix (川 → 四川省). Any equivalent
 * spelling from the synonym dictionary counts. No list of name endings: only the index's own department names.
 */
final class BodyNames {
    /** Prefixes naming the national level, left out when a national body's name is shortened. */
    private static final List<String> NATIONAL = List.of("国家", "国务院", "中央");
    /** The words a body's name ends with at the national, provincial and city level (民政部, 民政厅, 民政局). */
    private static final String LEVELS = "部厅局";

    /** A department name split into its region (国家 for national bodies, null when unknown) and the rest. */
    private record Body(String name, String region, String core) {
    }

    private final List<Body> bodies = new ArrayList<>();
    private final Synonyms synonyms;
    private final RegionNames regions;

    BodyNames(Vocabulary vocabulary, Synonyms synonyms, RegionNames regions) {
        this.synonyms = synonyms;
        this.regions = regions;
        for (String dept : vocabulary.departments()) {
            String region = regionOf(dept, vocabulary, regions);
            String core = dept;
            if (region != null && dept.startsWith(region)) {
                core = dept.substring(region.length());
            } else if (region != null && !region.equals("国家") && dept.startsWith(region.substring(0, 2))) {
                core = dept.substring(2); // 四川银保监局: the region's short name
            }
            // the national level's prefixes are dropped in short names (国务院国资委 → 国资委, 中央军委… → 军委…)
            for (String level : NATIONAL) {
                if (core.startsWith(level) && core.length() > level.length()) {
                    core = core.substring(level.length());
                    break;
                }
            }
            bodies.add(new Body(dept, region, core));
        }
    }

    /** The canonical bodies {@code word} names, in the vocabulary's order (empty when it names none). */
    List<String> resolve(String word) {
        return resolve(word, w -> true);
    }

    /**
     * As {@link #resolve(String)}; a word that is a body's name without its last character (银保监 of 银保监会) names
     * it too, unless {@code inTexts} says the tasks' texts use the word (中医药 of 中医药局 is a topic).
     */
    List<String> resolve(String word, Predicate<String> inTexts) {
        Set<String> out = new LinkedHashSet<>(within(word, null, inTexts));
        if (out.isEmpty()) {
            Optional<RegionNames.Name> region = regions.prefix(word, true);
            if (region.isPresent() && word.length() > region.get().text().length() + 1) {
                String rest = word.substring(region.get().text().length());
                out.addAll(within(rest.startsWith("的") ? rest.substring(1) : rest, region.get().region(), inTexts));
            }
        }
        return List.copyOf(out);
    }

    private List<String> within(String word, String region, Predicate<String> inTexts) {
        Set<String> out = new LinkedHashSet<>();
        for (Synonyms.Variant v : synonyms.variants(word)) {
            if (v.oneWay()) {
                continue;
            }
            for (Body b : bodies) {
                if ((region == null || region.equals(b.region())) && names(v.text(), b)) {
                    out.add(b.name());
                }
            }
        }
        // 民政局 typed bare or with a region: the same body at the levels that call it 部 or 厅 (民政部, 四川省民政厅)
        if (word.length() >= 3 && LEVELS.indexOf(word.charAt(word.length() - 1)) >= 0) {
            String stem = word.substring(0, word.length() - 1);
            for (Body b : bodies) {
                if ((region == null || region.equals(b.region())) && b.core().length() == word.length()
                        && b.core().startsWith(stem) && LEVELS.indexOf(b.core().charAt(stem.length())) >= 0) {
                    out.add(b.name());
                }
            }
        }
        // 海关: the national administration is its 总署 or 总局 (海关总署), the local ones the name itself
        if (!out.isEmpty()) {
            for (Body b : bodies) {
                if ((region == null || region.equals(b.region()))
                        && (b.core().equals(word + "总署") || b.core().equals(word + "总局"))) {
                    out.add(b.name());
                }
            }
        }
        if (out.isEmpty() && word.length() >= 3) {
            for (Body b : bodies) {
                if ((region == null || region.equals(b.region())) && b.core().length() == word.length() + 1
                        && b.core().startsWith(word)) {
                    out.add(b.name());
                }
            }
            if (!out.isEmpty() && inTexts.test(word)) {
                out.clear(); // the tasks speak of it: a topic, not a body's short name
            }
        }
        return bodies.stream().map(Body::name).filter(out::contains).distinct().toList(); // the vocabulary's order
    }

    /** Whether {@code w} names body {@code b}: the name, its end (医保局), or its abbreviation (卫健委). */
    private static boolean names(String w, Body b) {
        if (w.length() < 2) {
            return false;
        }
        if (w.equals(b.name()) || b.name().endsWith(w) || abbreviates(w, b.core())) {
            return true;
        }
        // 国家疾控局 → 国家疾病预防控制局: the region prefix typed whole, the rest abbreviated
        String r = b.region();
        return r != null && w.startsWith(r) && w.length() > r.length() + 2
                && abbreviates(w.substring(r.length()), b.core());
    }

    private static boolean abbreviates(String w, String core) {
        return w.length() >= 3 && w.length() < core.length() && w.charAt(0) == core.charAt(0)
                && w.charAt(w.length() - 1) == core.charAt(core.length() - 1)
                && QueryUnderstanding.subsequence(w, core);
    }

    private static String regionOf(String dept, Vocabulary vocabulary, RegionNames regions) {
        if (dept.startsWith("国家") || dept.startsWith("国务院") || dept.startsWith("中央")) {
            return "国家";
        }
        for (String r : vocabulary.regions()) {
            if (dept.startsWith(r)) {
                return r;
            }
        }
        for (String r : regions.regions()) {
            if (!r.equals("国家") && dept.startsWith(r.substring(0, 2))) {
                return r; // 重庆海关, 四川银保监局: the short name
            }
        }
        // 财政部, 海关总署 are national; an unqualified local name (市医保局) belongs to no known region
        return dept.startsWith("市") || dept.startsWith("省") || dept.startsWith("县") ? null : "国家";
    }
}
