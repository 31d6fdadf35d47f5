package policysearch.ingest;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import policysearch.model.PolicyDocument;

/** Provincial-level regions and the national level: recognises an issuer's region and gives its id code. */
public final class Regions {
    /** The national level. */
    public static final String NATIONAL = PolicyDocument.NATIONAL;

    /** One region: full name (四川省), short name (四川), id code (sc). */
    public record Region(String name, String shortName, String code) {
    }

    private static final Pattern LOCAL = Pattern.compile("^(\\p{IsHan}{2,7}?(?:自治州|自治县|省|市|州|县|区))");
    private final List<Region> regions;

    private Regions(List<Region> regions) {
        this.regions = regions;
    }

    /** The bundled region list. */
    public static Regions standard() {
        return new Regions(TsvResource.read("/policysearch/ingest/regions.tsv", 3).stream()
                .map(r -> new Region(r[0], r[1], r[2])).toList());
    }

    /** The region an issuer belongs to: a provincial-level name it starts with, a local prefix, or 国家. */
    public String regionOf(String issuer) {
        if (issuer == null || issuer.startsWith("国务院") || issuer.startsWith("中共中央") || issuer.startsWith("国家")) {
            return NATIONAL;
        }
        for (Region r : regions) {
            if (!r.name().equals(NATIONAL) && (issuer.startsWith(r.name()) || issuer.startsWith(r.shortName()))) {
                return r.name();
            }
        }
        Matcher m = LOCAL.matcher(issuer);
        return m.find() ? m.group(1) : NATIONAL;
    }

    /** The known region with this full name. */
    public Optional<Region> byName(String name) {
        return regions.stream().filter(r -> r.name().equals(name)).findFirst();
    }
}
