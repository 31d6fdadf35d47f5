/**
 * The Lucene index of task records: {@link policysearch.index.Schema} owns every field name, facet
 * dimension, analyzer and the one FacetsConfig; {@link policysearch.index.TaskDocuments} maps model records
 * to Lucene documents; {@link policysearch.index.IndexBuilder} writes an index of documents it is given
 * (it never reads files: the {@code corpus} package feeds it from a seeds directory).
 *
 * <p>Each commit records the schema version and the fingerprint of its input as given by the caller, so
 * {@link policysearch.index.IndexMetadata#freshness} can tell a missing, stale or incompatible index from a
 * fresh one. A build writes a complete new commit over the same directory
 * (OpenMode.CREATE) and commits once: open readers keep their snapshot, a SearcherManager refresh swaps the
 * new commit in atomically, and a failed build rolls back to the previous commit.
 */
package policysearch.index;
