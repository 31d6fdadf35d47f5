package policysearch.lineage;

/**
 * Two texts side by side as HTML: everything escaped, then the runs only {@code left} has wrapped in
 * {@code <del>} and the runs only {@code right} has in {@code <ins>}. {@code removed} and {@code added} count
 * the characters (code points) so marked.
 */
public record Diff(String left, String right, int removed, int added) {
    /** True when the two texts are the same. */
    public boolean same() {
        return removed == 0 && added == 0;
    }
}
