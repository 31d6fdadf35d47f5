package policysearch.lineage;

import policysearch.search.Hit;

/**
 * A task matched to another by content: a local task's national counterpart, a national task's local
 * implementation, or a task on the same theme elsewhere. {@code score} in [0, 1] says how closely they read (for
 * counterparts the geometric mean of whole-task and closest-sentence bigram overlap); {@code merged} marks the
 * second counterpart of a local task that merges two national ones.
 */
public record Counterpart(Hit task, double score, boolean merged) {
}
