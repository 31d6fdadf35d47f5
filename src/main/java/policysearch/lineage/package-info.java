/**
 * Task lineage: from a national task to its local implementations and back, what changed, and a theme across
 * years, all asked of {@link policysearch.search.SearchService} (never Lucene).
 *
 * <p>A local document names its parent (the ingest step reads the reference: a cited 文号 or a title); the
 * {@code ParentResolver} finds it among the indexed documents. {@code CounterpartMatcher} then compares the
 * two documents' tasks only, by weighted CJK-bigram overlap of whole tasks and of their closest sentences, so a
 * renumbered, split or rewritten task still finds its national counterpart, a merged one finds two, and a task
 * the national document lacks finds none. {@code TextDiff} shows what changed, character by character. The
 * document graph and each pair's counterparts are kept per index snapshot.
 */
package policysearch.lineage;
