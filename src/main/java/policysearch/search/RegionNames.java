package policysearch.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The names a query may use for a region or level (四川, 川, 四川省; 国家, 全国), from {@code regions.tsv}. */
final class RegionNames {
    static final String RESOURCE = "/policysearch/search/regions.tsv";

    /** One name of a region; {@code abbreviation} names (one character) count only before a body or 文号. */
    record Name(String text, String region, boolean abbreviation) {
    }

    private final List<Name> names;

    private RegionNames(List<Name> names) {
        // longest first, so 四川省 wins over 四川 and 四川 over 川
        this.names = names.stream().sorted(Comparator.comparingInt((Name n) -> n.text().length()).reversed()).toList();
    }

    /** The bundled table. */
    static RegionNames standard() {
        try (InputStream in = RegionNames.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("region names missing from classpath: " + RESOURCE);
            }
            List<Name> out = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                String region = f[0].strip();
                out.add(new Name(region, region, false));
                if (f.length > 1) {
                    for (String n : f[1].strip().split("\\s+")) {
                        out.add(new Name(n, region, n.length() == 1));
                    }
                }
            }
            return new RegionNames(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The longest region name {@code text} starts with (abbreviations included only when asked). */
    Optional<Name> prefix(String text, boolean abbreviations) {
        return names.stream().filter(n -> text.startsWith(n.text()) && (abbreviations || !n.abbreviation()))
                .findFirst();
    }

    /**
     * The regions a word starting with two or more of their one-character abbreviations names together (川渝, 京津冀,
     * 川渝医保), in order; empty when it starts with a full region name (辽宁 is not 辽 and 宁) or with fewer than two.
     */
    List<Name> together(String text) {
        if (prefix(text, false).isPresent()) {
            return List.of();
        }
        List<Name> out = new ArrayList<>();
        int at = 0;
        while (at < text.length()) {
            int from = at;
            Optional<Name> next = names.stream().filter(n -> n.abbreviation() && text.startsWith(n.text(), from)
                    && out.stream().noneMatch(o -> o.region().equals(n.region()))).findFirst();
            if (next.isEmpty()) {
                break;
            }
            out.add(next.get());
            at += next.get().text().length();
        }
        return out.size() >= 2 ? List.copyOf(out) : List.of();
    }

    /** The region {@code text} names exactly (not an abbreviation), if any. */
    Optional<String> exact(String text) {
        return names.stream().filter(n -> !n.abbreviation() && n.text().equals(text)).map(Name::region).findFirst();
    }

    /** The canonical regions, for matching a body's name against its region prefix. */
    List<String> regions() {
        return names.stream().map(Name::region).distinct().toList();
    }
}
