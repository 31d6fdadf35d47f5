package policysearch.search;

/** The document a hit belongs to, as shown beside each hit. {@code number} may be null; {@code date} is ISO or null. */
public record DocumentRef(String id, String url, String title, String listTitle, String number, String issuer,
                          String date, int year, String region) {
}
