package policysearch.ingest;

import java.time.LocalDate;
import policysearch.model.ParentReference;

/** Document metadata as found in a seed's header (any part may be null until resolved). */
public record Metadata(String title, String listTitle, String number, String issuer, LocalDate date, Integer year,
                       String region, String id, ParentReference parent) {

    /** Metadata with every part unknown. */
    public static Metadata empty() {
        return new Metadata(null, null, null, null, null, null, null, null, null);
    }

    /** This metadata with each non-null part of {@code o} taking precedence. */
    public Metadata overriddenBy(Metadata o) {
        return new Metadata(o.title != null ? o.title : title, o.listTitle != null ? o.listTitle : listTitle,
                o.number != null ? o.number : number, o.issuer != null ? o.issuer : issuer,
                o.date != null ? o.date : date, o.year != null ? o.year : year,
                o.region != null ? o.region : region, o.id != null ? o.id : id,
                o.parent != null ? o.parent : parent);
    }
}
