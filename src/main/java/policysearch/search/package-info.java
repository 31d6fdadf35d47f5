/**
 * Search over the task index behind {@link policysearch.search.SearchService}.
 *
 * <p>A query is tokenised by {@code QuerySyntax} (words, "phrases", -exclusions, OR; broken syntax degrades
 * to plain text with a notice). Each word must match: it is cut into pieces (smartcn words, with the single
 * characters smartcn emits for unknown words such as 医保 glued back, dictionary terms kept whole) and every
 * piece must occur as an exact run of CJK bigrams in the title or text; a body's name (卫健委, 国家医保局)
 * must match whole and also searches department names. A word also matches through its synonyms
 * ({@code synonyms.txt}), scored as the best spelling (dismax). Ranking adds smartcn BM25 scores, a bonus
 * for the whole word as a phrase and for its pieces close together, titles weighing three times the text.
 * When nothing matches all words, about half of them are enough, with a notice. Facets are counted
 * drill-sideways from sorted-set doc values; highlights are built for the page shown only.
 */
package policysearch.search;
