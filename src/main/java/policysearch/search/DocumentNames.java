package policysearch.search;

import static policysearch.search.QueryUnderstanding.literal;
import static policysearch.search.QueryUnderstanding.subsequence;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words of a query that name documents of the index ({@link Vocabulary}): a 文号, with or without its year
 * (国办发〔2020〕25号, 川办发53号); the words of their titles (医改重点任务, 2024年重点工作任务); or, beside a year, a
 * short word every title abbreviates (2021年医改). Each is reported as an {@link Understood} the user can undo.
 */
final class DocumentNames {
    /** A 文号 as typed: prefix, year in any brackets (or none), serial, 号. */
    private static final Pattern NUMBER = Pattern.compile(
            "(\\p{IsHan}{1,10}?发)\\s*[〔\\[［(（【]?\\s*((?:19|20)\\d{2})\\s*[〕\\]］)）】]?\\s*(\\d{1,4})\\s*号");
    /** A 文号 typed without its year: prefix, serial, 号 (川办发53号). */
    private static final Pattern NUMBER_WITHOUT_YEAR = Pattern.compile("(\\p{IsHan}{1,10}?发)\\s*(\\d{1,4})\\s*号");
    static final String NOT_SEARCHED = "文件名称用语，未作为检索词";

    private final Vocabulary vocabulary;

    DocumentNames(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /**
     * {@code word} without the 文号 it holds when that names documents of the index (every year's document with
     * that prefix and serial when typed without a year), each added to {@code found}; else {@code word}.
     */
    String number(String word, String raw, List<Understood> found) {
        Matcher number = NUMBER.matcher(word);
        Matcher undated = NUMBER_WITHOUT_YEAR.matcher(word);
        boolean withYear = number.find();
        if (!withYear && !undated.find()) {
            return word;
        }
        Matcher m = withYear ? number : undated;
        String typed = m.group();
        Pattern norm = Pattern.compile(Pattern.quote(m.group(1)) + "〔" + (withYear ? m.group(2) : "\\d{4}") + "〕"
                + Integer.parseInt(m.group(withYear ? 3 : 2)) + "号");
        boolean named = false;
        for (Vocabulary.Doc d : vocabulary.documents()) {
            if (d.number() != null && norm.matcher(d.number()).matches()) {
                found.add(new Understood(FacetDim.DOCUMENT, d.id(), "文件：" + d.number(), typed, literal(raw, typed)));
                named = true;
            }
        }
        return named ? (word.substring(0, m.start()) + word.substring(m.end())).strip() : word;
    }

    /** Whether {@code word}, typed beside a year (2021年医改), names that year's document: every title abbreviates it. */
    boolean namesTheYearsDocument(String word) {
        return word.length() >= 2 && word.length() <= 3 && !vocabulary.documents().isEmpty()
                && vocabulary.documents().stream()
                        .allMatch(d -> subsequence(word, d.listTitle()) || subsequence(word, d.title()));
    }

    /**
     * Words of the documents' own titles (医改重点任务, 2024年重点工作任务) name the documents, not a topic: they
     * filter to the documents they abbreviate, or, when every document's title has them, are simply not searched.
     * Returns what is left of {@code rest}.
     */
    String titleWords(String rest, String raw, List<Understood> found) {
        for (int len = rest.length(); len >= 4; len--) {
            for (String piece : List.of(rest.substring(0, len), rest.substring(rest.length() - len))) {
                List<Vocabulary.Doc> named = vocabulary.documents().stream()
                        .filter(d -> abbreviatesTitle(piece, d.listTitle()) || abbreviatesTitle(piece, d.title()))
                        .toList();
                if (named.isEmpty()) {
                    continue;
                }
                if (named.size() == vocabulary.documents().size()) {
                    found.add(new Understood(null, null, NOT_SEARCHED, piece, literal(raw, piece)));
                } else {
                    for (Vocabulary.Doc d : named) {
                        found.add(new Understood(FacetDim.DOCUMENT, d.id(), "文件：" + d.listTitle(), piece,
                                literal(raw, piece)));
                    }
                }
                return rest.startsWith(piece) ? rest.substring(len) : rest.substring(0, rest.length() - len);
            }
        }
        return rest;
    }

    /** True when {@code w} abbreviates a title: its characters in order, ending as the title ends (…任务). */
    static boolean abbreviatesTitle(String w, String title) {
        return title != null && w.length() >= 4 && title.length() > 2
                && w.endsWith(title.substring(title.length() - 2)) && subsequence(w, title);
    }
}
