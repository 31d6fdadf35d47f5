package policysearch.ingest;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Makes body names canonical and unambiguous across documents: resolves aliases (the bundled list and a document's
 * own 以下简称), and qualifies a local document's 市卫生健康委 / 省医保局 / bare 财政厅 with its region.
 */
public final class DepartmentNames {
    private static final Pattern PLACEHOLDER = Pattern.compile(".*(有关|相关|其他|其它)(部门|单位|方面|机构)$|^(各|其他|其它)?(部门|单位)$");
    private final Map<String, String> aliases;
    private final SectorDictionary sectors;

    private DepartmentNames(Map<String, String> aliases, SectorDictionary sectors) {
        this.aliases = aliases;
        this.sectors = sectors;
    }

    /** Names with the bundled alias list and sector dictionary. */
    public static DepartmentNames standard() {
        Map<String, String> aliases = new HashMap<>();
        for (String[] r : TsvResource.read("/policysearch/ingest/departments.tsv", 2)) {
            aliases.put(r[0], r[1]);
        }
        return new DepartmentNames(Map.copyOf(aliases), SectorDictionary.standard());
    }

    /** True for collective placeholders (各相关部门, 市级有关部门) that name no particular body. */
    public boolean isPlaceholder(String name) {
        return PLACEHOLDER.matcher(name).matches();
    }

    /** The sector of a canonical name. */
    public String sectorOf(String canonical) {
        return sectors.sectorOf(canonical);
    }

    /**
     * The canonical form of {@code raw} as written in a document of {@code region}, with the document's own
     * alias definitions {@code docAliases} (alias → full name) applied first.
     */
    public String canonical(String raw, String region, Map<String, String> docAliases) {
        String name = raw.strip().replace('(', '（').replace(')', '）');
        name = docAliases.getOrDefault(name, name);
        name = aliases.getOrDefault(name, name);
        return qualify(name, region);
    }

    private static String qualify(String name, String region) {
        if (region == null || region.equals(Regions.NATIONAL) || name.startsWith(region)) {
            return name;
        }
        String shortName = region.replaceAll("(省|市|自治区|特别行政区|壮族自治区|回族自治区|维吾尔自治区)$", "");
        if (!shortName.isEmpty() && name.startsWith(shortName)) {
            return name;
        }
        String level = region.endsWith("省") ? "省" : region.endsWith("市") ? "市" : region.endsWith("自治区") ? "自治区" : "";
        if (!level.isEmpty() && name.startsWith(level)) {
            return region + name.substring(level.length());
        }
        if (name.endsWith("厅") || name.startsWith("各")) {
            return region + name;
        }
        return name;
    }
}
