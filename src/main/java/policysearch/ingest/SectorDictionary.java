package policysearch.ingest;

import java.util.List;
import policysearch.model.Sectors;

/** Assigns each body a sector (卫生健康, 医疗保障, 财政 ...) from the editable keyword list {@code sectors.tsv}. */
public final class SectorDictionary {
    private record Rule(String keyword, String sector) {
    }

    private final List<Rule> rules;

    private SectorDictionary(List<Rule> rules) {
        this.rules = rules;
    }

    /** The bundled dictionary. */
    public static SectorDictionary standard() {
        return new SectorDictionary(TsvResource.read("/policysearch/ingest/sectors.tsv", 2).stream()
                .map(r -> new Rule(r[0], r[1])).toList());
    }

    /** The sector of a canonical body name; {@link Sectors#OTHER} when no keyword matches. */
    public String sectorOf(String name) {
        for (Rule r : rules) {
            if (name.contains(r.keyword())) {
                return r.sector();
            }
        }
        return Sectors.OTHER;
    }
}
