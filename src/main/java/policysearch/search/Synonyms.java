package policysearch.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The synonym and abbreviation dictionary (卫健委 ↔ 卫生健康委 ...), read from a text file with one
 * group of equivalent terms per line. A query word is expanded wherever a dictionary term occurs in it.
 */
public final class Synonyms {
    /** The bundled health-policy dictionary on the classpath. */
    public static final String RESOURCE = "/policysearch/search/synonyms.txt";
    /** Most variants one word expands to (the original included). */
    static final int MAX_VARIANTS = 12;

    private final Map<String, List<String>> groups = new HashMap<>();
    /** Per term, the members of its group reached only through a one-way rule (lower-cased). */
    private final Map<String, Set<String>> oneWay = new HashMap<>();
    private final int longest;

    private Synonyms(List<Rule> rules) {
        int max = 0;
        Map<String, Set<String>> equivalent = new HashMap<>();
        for (Rule rule : rules) {
            for (String term : rule.from()) {
                groups.merge(key(term), rule.to(), Synonyms::union);
                List<String> same = rule.oneWay() ? rule.from() : rule.to();
                same.forEach(t -> equivalent.computeIfAbsent(key(term), k -> new HashSet<>()).add(key(t)));
                max = Math.max(max, term.length());
            }
        }
        groups.forEach((term, group) -> group.stream().map(Synonyms::key)
                .filter(t -> !equivalent.get(term).contains(t))
                .forEach(t -> oneWay.computeIfAbsent(term, k -> new HashSet<>()).add(t)));
        longest = max;
    }

    /**
     * Each term of {@code from} expands to every term of {@code to} (which includes {@code from});
     * {@code oneWay} when the terms added are kinds or related terms rather than equivalents.
     */
    private record Rule(List<String> from, List<String> to, boolean oneWay) {
    }

    /** One spelling a word is searched as; {@code oneWay} when it came through a one-way rule (a kind, not an equal). */
    record Variant(String text, boolean oneWay) {
    }

    /** The bundled dictionary. */
    public static Synonyms standard() {
        try (InputStream in = Synonyms.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("synonym dictionary missing from classpath: " + RESOURCE);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a dictionary: one group of equivalent terms per line, separated by spaces or commas, '#' comments.
     * A line {@code 医联体 => 医共体 城市医疗集团} expands one way only: the left terms to the right ones.
     */
    public static Synonyms read(InputStream in) throws IOException {
        List<Rule> rules = new ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            int hash = line.indexOf('#');
            String body = hash >= 0 ? line.substring(0, hash) : line;
            int arrow = body.indexOf("=>");
            List<String> left = terms(arrow >= 0 ? body.substring(0, arrow) : body);
            List<String> right = arrow >= 0 ? terms(body.substring(arrow + 2)) : List.of();
            List<String> all = union(left, right);
            if (all.size() > 1 && !left.isEmpty()) {
                rules.add(new Rule(left, all, arrow >= 0));
            }
        }
        return new Synonyms(rules);
    }

    private static List<String> terms(String s) {
        return Arrays.stream(s.split("[\\s,，]+")).filter(t -> !t.isBlank()).distinct().toList();
    }

    /** Every dictionary term (for suggestions). */
    public Collection<String> terms() {
        Set<String> all = new LinkedHashSet<>();
        groups.values().forEach(all::addAll);
        return all;
    }

    /**
     * The word itself followed by its variants: each dictionary term found in the word (longest match,
     * left to right) replaced by the other members of its group. 卫健委 → [卫健委, 卫生健康委, 卫生健康委员会].
     */
    public List<String> expand(String word) {
        return variants(word).stream().map(Variant::text).toList();
    }

    /** Like {@link #expand}, each spelling saying whether a one-way rule produced it (ranked lower). */
    List<Variant> variants(String word) {
        List<Variant> variants = new ArrayList<>(List.of(new Variant(word, false)));
        for (int[] m : matches(word)) {
            String span = key(word).substring(m[0], m[0] + m[1]);
            variants = substitute(variants, m[0], m[1], groups.get(span), oneWay.getOrDefault(span, Set.of()));
        }
        return variants;
    }

    /** The dictionary terms a word is also searched as (医保支付方式改革 → [医疗保障]), for "also searched". */
    public List<String> alternatives(String word) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (int[] m : matches(word)) {
            String span = key(word.substring(m[0], m[0] + m[1]));
            groups.get(span).stream().filter(t -> !key(t).equals(span)).forEach(out::add);
        }
        return List.copyOf(out);
    }

    /**
     * The word cut into dictionary terms and the text between them (医疗保障支付方式改革 → 医疗保障 | 支付方式改革),
     * so a dictionary term, a fixed expression, is matched whole. Each piece says whether it is a term.
     */
    List<Piece> pieces(String word) {
        List<Piece> out = new ArrayList<>();
        int at = 0;
        for (int[] m : matches(word)) {
            if (m[0] > at) {
                out.add(new Piece(word.substring(at, m[0]), false));
            }
            out.add(new Piece(word.substring(m[0], m[0] + m[1]), true));
            at = m[0] + m[1];
        }
        if (at < word.length()) {
            out.add(new Piece(word.substring(at), false));
        }
        return out;
    }

    /** Part of a word: a dictionary term or the text between terms. */
    record Piece(String text, boolean term) {
    }

    /**
     * Dictionary terms found in the word, longest first at each position, left to right: {start, length}. A term
     * inside a longer spelling of its own group that the word already holds (科普 in 健康科普, 养老 in 养老服务) is
     * not a match: the word already says it the documents' way.
     */
    private List<int[]> matches(String word) {
        List<int[]> out = new ArrayList<>();
        String lower = key(word);
        int i = 0;
        while (i < word.length()) {
            int matched = 0;
            for (int len = Math.min(longest, word.length() - i); len > 0 && matched == 0; len--) {
                String term = lower.substring(i, i + len);
                if (groups.containsKey(term)) {
                    matched = len;
                    if (!spelledOut(lower, i, term)) {
                        out.add(new int[] {i, len});
                    }
                }
            }
            i += Math.max(1, matched);
        }
        return out;
    }

    /** Whether {@code word} holds, around the {@code term} at {@code at}, a longer member of the term's group. */
    private boolean spelledOut(String word, int at, String term) {
        for (String member : groups.get(term)) {
            String m = key(member);
            for (int k = m.indexOf(term); m.length() > term.length() && k >= 0; k = m.indexOf(term, k + 1)) {
                if (at - k >= 0 && word.startsWith(m, at - k)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Replaces the span [at, at+len) of the original word in every variant built so far by each group member. */
    private static List<Variant> substitute(List<Variant> variants, int at, int len, List<String> group,
                                            Set<String> oneWay) {
        // Variants so far differ only before `at`, so the span is counted from each variant's end.
        Map<String, Variant> out = new LinkedHashMap<>();
        variants.forEach(v -> out.put(v.text(), v));
        String original = variants.get(0).text();
        int tail = original.length() - at - len;
        String span = original.substring(at, at + len);
        for (Variant v : variants) {
            int start = v.text().length() - tail - len;
            for (String alt : group) {
                if (out.size() >= MAX_VARIANTS) {
                    break;
                }
                if (!key(alt).equals(key(span))) {
                    String text = v.text().substring(0, start) + alt + v.text().substring(start + len);
                    out.putIfAbsent(text, new Variant(text, v.oneWay() || oneWay.contains(key(alt))));
                }
            }
        }
        return new ArrayList<>(out.values());
    }

    private static List<String> union(List<String> a, List<String> b) {
        LinkedHashSet<String> s = new LinkedHashSet<>(a);
        s.addAll(b);
        return List.copyOf(s);
    }

    private static String key(String term) {
        return term.toLowerCase(Locale.ROOT);
    }
}
