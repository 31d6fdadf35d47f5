/**
 * Sentence embeddings for semantic retrieval: the in-process model (bge-small-zh-v1.5), a persistent cache of
 * passage vectors keyed by the text's hash, and a query-vector LRU. Knows nothing of Lucene or of documents.
 */
package policysearch.embed;
