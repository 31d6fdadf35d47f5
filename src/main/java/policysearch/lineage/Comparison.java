package policysearch.lineage;

import policysearch.search.Hit;

/**
 * Two tasks side by side: {@code left} (the national or earlier task) and {@code right}, their weighted bigram
 * overlap {@code score}, whether {@code left} is the second national task a merged local task draws on, and
 * what changed from left to right.
 */
public record Comparison(Hit left, Hit right, double score, boolean merged, Diff diff) {
}
