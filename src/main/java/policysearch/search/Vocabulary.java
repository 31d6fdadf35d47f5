package policysearch.search;

import java.util.List;
import java.util.Set;

/**
 * What the index itself knows names: its years, regions, issuers, bodies, sectors and documents, read once per
 * snapshot, so a query's words are recognised from the data rather than from a hand list.
 */
record Vocabulary(Set<String> years, Set<String> regions, Set<String> issuers, List<String> departments,
                  Set<String> sectors, List<Doc> documents) {

    /** A document as a query may name it: by its 文号 or by words of its title. */
    record Doc(String id, String title, String listTitle, String number, int year, String region, String issuer) {
    }

    static final Vocabulary EMPTY = new Vocabulary(Set.of(), Set.of(), Set.of(), List.of(), Set.of(), List.of());
}
