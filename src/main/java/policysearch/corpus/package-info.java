/**
 * A seeds directory and the index built from it: {@link policysearch.corpus.SeedCorpus} reads the seeds
 * (with {@code ingest}), fingerprints them, tells whether the index is current and builds it (with
 * {@code index}); {@link policysearch.corpus.ServingIndex} keeps a served index (a {@code search} service)
 * fresh, rebuilding and swapping it in while serving. The commands use this package; {@code index} and
 * {@code search} never read seed files themselves.
 */
package policysearch.corpus;
