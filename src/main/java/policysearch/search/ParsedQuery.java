package policysearch.search;

import java.util.List;

/**
 * A user query after tokenising: groups that must all match (each group is an OR of parts),
 * parts that must not match, and a notice when the input was partly ignored.
 */
record ParsedQuery(List<List<Part>> groups, List<Part> exclusions, String notice) {
    ParsedQuery {
        groups = groups.stream().map(List::copyOf).toList();
        exclusions = List.copyOf(exclusions);
    }

    /** A word or "quoted phrase" the user typed; a phrase matches exactly and is not expanded. */
    record Part(String text, boolean phrase) {
    }

    /** True when nothing was asked for: list everything. */
    boolean isEmpty() {
        return groups.isEmpty() && exclusions.isEmpty();
    }
}
