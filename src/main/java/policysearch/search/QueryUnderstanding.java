package policysearch.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import policysearch.model.Role;

/**
 * Reads the words of a query that name a year, a region or level, an issuer, a document ({@link DocumentNames}: its
 * 文号 or its title's words) or a responsible body ({@link BodyNames}, with the part it plays: {@link BodyPhrase}),
 * and turns them into filters, each reported as
 * an {@link Understood} the user can undo. Everything is recognised from the index's own {@link Vocabulary} plus the
 * table of region names; quoted phrases, exclusions (-word, NOT word) and OR alternatives (also DRG/DIP) are never
 * read as filters.
 */
final class QueryUnderstanding {
    /** A year at the start of a word: 2024, 2024年, 2024年度, 2020年下半年 (not 2020年底, 2020年前). */
    private static final Pattern YEAR_START = Pattern.compile(
            "^((?:19|20)\\d{2})(?![年]?[底前末内起以后])(?:年度|年(?:上半年|下半年)?|(?=\\p{IsHan})|$)");
    /** A year at the end of a word: 医保支付2021, 公立医院2024年. */
    private static final Pattern YEAR_END = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(?:年度|年)?$");
    /** A token: a quoted phrase (kept whole) or a run of non-space characters. */
    private static final Pattern TOKEN = Pattern.compile("\"[^\"]*\"|\\S+");
    /** Words that turn a sector's name into "the bodies of that sector": 财政部门, 卫生健康系统. */
    private static final Pattern SECTOR_WORD = Pattern.compile("^(.{2,8}?)(?:部门|系统|机构|领域)$");
    /** Operators whose operands are left to the query syntax (AND is dropped before reading: a space does as much). */
    private static final Set<String> OPERATORS = Set.of("OR", "NOT", "|", "/");
    /** Words after regions named together that count them (川渝两地, 京津冀地区): part of the regions' reading. */
    private static final Pattern TOGETHER_WORD = Pattern.compile("[两三四]地|[两三四]省市?|地区|等地|区域");
    /** Words for "every local (sub-national) level": the regions of the index other than 国家. */
    private static final Set<String> LOCAL_LEVEL = Set.of("省级", "地方", "各地", "省级层面", "地方层面", "各省");

    /** A Latin term inside a word: an acronym or English word (UDI, CT, COVID). */
    private static final Pattern LATIN = Pattern.compile("[A-Za-z][A-Za-z0-9]*");
    /** Least Chinese characters left beside an unknown Latin term for the term to be dropped. */
    static final int LEFT_AFTER_LATIN = 4;

    private final Vocabulary vocabulary;
    private final Synonyms synonyms;
    private final RegionNames regions;
    private final java.util.function.Predicate<String> inIndex;
    private final BodyNames bodyNames;
    private final DocumentNames documents;

    /** {@code inIndex} tells whether a term (a Latin word, a short name) occurs in the tasks' titles or texts. */
    QueryUnderstanding(Vocabulary vocabulary, Synonyms synonyms, RegionNames regions,
                       java.util.function.Predicate<String> inIndex) {
        this(vocabulary, synonyms, regions, inIndex, new BodyNames(vocabulary, synonyms, regions));
    }

    /** As above, with the body resolver of {@code vocabulary} already built (it is kept per index snapshot). */
    QueryUnderstanding(Vocabulary vocabulary, Synonyms synonyms, RegionNames regions,
                       java.util.function.Predicate<String> inIndex, BodyNames bodyNames) {
        this.vocabulary = vocabulary;
        this.synonyms = synonyms;
        this.regions = regions;
        this.inIndex = inIndex;
        this.bodyNames = bodyNames;
        this.documents = new DocumentNames(vocabulary);
    }

    /** The query with the words read as filters taken out, what they were read as, and ignored document words. */
    record Reading(String text, List<Understood> understood) {
        /** The filters of one dimension read from the query. */
        List<String> values(FacetDim dim) {
            return understood.stream().filter(u -> u.dim() == dim).map(Understood::value).distinct().toList();
        }
    }

    /** Reads {@code raw}; never throws (a failure leaves the query as typed). */
    Reading read(String raw) {
        if (raw == null || raw.isBlank()) {
            return new Reading(raw == null ? "" : raw, List.of());
        }
        try {
            // the same normalisation the query syntax applies: pasted invisible characters change nothing
            return readTokens(QuerySyntax.normalise(raw));
        } catch (RuntimeException e) {
            return new Reading(raw, List.of());
        }
    }

    private Reading readTokens(String raw) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(raw);
        while (m.find()) {
            // AND only separates words, which a space does too: its neighbours are read like any others
            if (!m.group().equalsIgnoreCase("AND")) {
                tokens.add(m.group());
            }
        }
        List<Understood> found = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            // an OR alternative or the word after NOT is text to match or leave out, never a filter
            boolean operand = (i > 0 && isOperator(tokens.get(i - 1)))
                    || (i + 1 < tokens.size() && isOperator(tokens.get(i + 1))
                            && !tokens.get(i + 1).equalsIgnoreCase("NOT"));
            if (operand || isOperator(t) || t.startsWith("\"") || t.startsWith("-")
                    || QuerySyntax.hasLatinAlternatives(t)) {
                kept.add(t);
                continue;
            }
            // a question (医保怎么报销): its question words are not searched, said as an undoable reading
            QuestionWords.Stripped question = QuestionWords.strip(t);
            if (!question.dropped().isEmpty()) {
                found.add(new Understood(null, null, "“" + String.join("、", question.dropped())
                        + "”为提问用语，未作为检索词", t, literal(raw, t)));
            }
            for (String word : question.text().split(" ")) {
                String rest = token(word, raw, found);
                if (!rest.isBlank()) {
                    kept.add(rest);
                }
            }
        }
        return new Reading(String.join(" ", kept), List.copyOf(found));
    }

    private static boolean isOperator(String t) {
        return OPERATORS.contains(t.toUpperCase(Locale.ROOT));
    }

    /** Reads what one token names into {@code found}; returns what is left of it to search as text. */
    private String token(String token, String raw, List<Understood> found) {
        String rest = documents.number(token, raw, found);
        Matcher year = YEAR_START.matcher(rest);
        if (!year.find()) {
            year = YEAR_END.matcher(rest);
            if (!year.find()) {
                year = null;
            }
        }
        boolean dated = false;
        if (year != null && !year.group().isEmpty()) {
            String typed = year.group();
            found.add(new Understood(FacetDim.YEAR, year.group(1), "年份：" + year.group(1), typed, literal(raw, typed)));
            rest = (rest.substring(0, year.start()) + rest.substring(year.end())).strip();
            dated = true;
        }
        if (rest.isEmpty()) {
            return rest;
        }
        if (dated && documents.namesTheYearsDocument(rest)) {
            found.add(new Understood(null, null, DocumentNames.NOT_SEARCHED, rest, literal(raw, rest)));
            return "";
        }
        List<String> bodies = bodies(rest);
        if (!bodies.isEmpty()) {
            for (String b : bodies) {
                found.add(new Understood(FacetDim.DEPARTMENT, b, "责任部门：" + b, rest, literal(raw, rest)));
            }
            return "";
        }
        boolean afterBody = found.stream().anyMatch(u -> u.dim() == FacetDim.DEPARTMENT);
        boolean roleWord = BodyPhrase.roleWord(rest);
        if (afterBody && (roleWord || BodyPhrase.taskWords(rest))) {
            parts(roleWord ? rest : "", roleWord ? "" : rest, raw, found);
            return "";
        }
        for (BodyPhrase phrase : BodyPhrase.splits(rest)) {
            List<String> named = bodies(phrase.body());
            if (!named.isEmpty()) {
                for (String b : named) {
                    found.add(new Understood(FacetDim.DEPARTMENT, b, "责任部门：" + b, phrase.body(),
                            literal(raw, phrase.body())));
                }
                parts(phrase.roleWord(), phrase.filler(), raw, found);
                return phrase.topic();
            }
        }
        Optional<String> issuer = issuer(rest);
        if (issuer.isPresent()) {
            found.add(new Understood(FacetDim.ISSUER, issuer.get(), "发文机关：" + issuer.get(), rest,
                    literal(raw, rest)));
            return "";
        }
        Matcher sector = SECTOR_WORD.matcher(rest);
        if (sector.matches() && vocabulary.sectors().contains(sector.group(1))) {
            found.add(new Understood(FacetDim.SECTOR, sector.group(1), "部门领域：" + sector.group(1), rest,
                    literal(raw, rest)));
            return "";
        }
        if (LOCAL_LEVEL.contains(rest)) {
            String typed = rest;
            vocabulary.regions().stream().filter(r -> !r.equals("国家")).sorted().forEach(r -> found.add(
                    new Understood(FacetDim.REGION, r, "地区/层级：" + r, typed, literal(raw, typed))));
            return "";
        }
        List<RegionNames.Name> together = regions.together(rest);
        if (!together.isEmpty()) {
            String names = together.stream().map(RegionNames.Name::text).collect(Collectors.joining());
            Matcher places = TOGETHER_WORD.matcher(rest.substring(names.length()));
            String typed = names + (places.lookingAt() ? places.group() : "");
            for (RegionNames.Name n : together) {
                found.add(new Understood(FacetDim.REGION, n.region(), "地区/层级：" + n.region(), typed,
                        literal(raw, typed)));
            }
            rest = rest.substring(typed.length());
        }
        Optional<RegionNames.Name> region = together.isEmpty() ? regions.prefix(rest, false) : Optional.empty();
        if (region.isPresent()) {
            String typed = region.get().text();
            String after = rest.substring(typed.length());
            // bare 国家 starts many topics (国家组织集采): as a level it must stand alone
            boolean level = typed.equals(rest) || !typed.equals("国家");
            if (level) {
                found.add(new Understood(FacetDim.REGION, region.get().region(), "地区/层级：" + region.get().region(),
                        typed, literal(raw, typed)));
                rest = after.startsWith("的") ? after.substring(1) : after;
            }
        }
        return unknownLatin(documents.titleWords(rest, raw, found), raw, found);
    }

    /**
     * The words after a body's name: a role word is read as the role filter (牵头; 参与 as any part but the lead) or,
     * for 负责, as any part; words standing for the tasks themselves (的任务, 哪些) are not searched. Each is said as
     * an undoable reading.
     */
    private static void parts(String roleWord, String taskWords, String raw, List<Understood> found) {
        List<Role> roles = BodyPhrase.rolesOf(roleWord);
        for (Role role : roles) {
            found.add(new Understood(FacetDim.ROLE, role.id(), "角色：" + role.label(), roleWord,
                    literal(raw, roleWord)));
        }
        if (!roleWord.isEmpty() && roles.isEmpty()) {
            found.add(new Understood(null, null, "“" + roleWord + "”指任一角色，未作为检索词", roleWord,
                    literal(raw, roleWord)));
        }
        if (!taskWords.isEmpty()) {
            found.add(new Understood(null, null, "“" + taskWords + "”泛指任务，未作为检索词", taskWords,
                    literal(raw, taskWords)));
        }
    }

    /**
     * A Latin term the tasks never use and the dictionary does not know (UDI in 医疗器械UDI, CT in CT检查结果互认)
     * is dropped when at least {@value #LEFT_AFTER_LATIN} Chinese characters remain to search: documents write the
     * Chinese name, and the word would otherwise match nothing. Said as an undoable reading.
     */
    private String unknownLatin(String rest, String raw, List<Understood> found) {
        Matcher m = LATIN.matcher(rest);
        StringBuilder out = new StringBuilder();
        int last = 0;
        int han = (int) rest.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                .count();
        while (m.find()) {
            String term = m.group();
            boolean known = inIndex.test(term) || synonyms.variants(term).size() > 1;
            if (!known && han >= LEFT_AFTER_LATIN) {
                out.append(rest, last, m.start());
                last = m.end();
                found.add(new Understood(null, null, "“" + term + "”未出现在任何任务中，已按其余词语搜索", term,
                        literal(raw, term)));
            }
        }
        out.append(rest.substring(last));
        return out.toString().strip();
    }

    /** The canonical bodies a word names (any spelling in the synonym dictionary), narrowed by a region prefix. */
    List<String> bodies(String word) {
        return bodyNames.resolve(word, inIndex);
    }

    private Optional<String> issuer(String word) {
        for (Synonyms.Variant v : synonyms.variants(word)) {
            if (!v.oneWay() && vocabulary.issuers().contains(v.text())) {
                return Optional.of(v.text());
            }
        }
        return Optional.empty();
    }

    /** True when the characters of {@code w} occur in {@code s} in order. */
    static boolean subsequence(String w, String s) {
        int j = 0;
        for (int i = 0; i < s.length() && j < w.length(); i++) {
            if (s.charAt(i) == w.charAt(j)) {
                j++;
            }
        }
        return j == w.length();
    }

    /** The query with {@code piece} quoted, so it is searched as text and no longer read as a filter. */
    static String literal(String raw, String piece) {
        int at = raw.indexOf(piece);
        if (at < 0) {
            return raw;
        }
        String quoted = raw.substring(0, at) + " \"" + piece + "\" " + raw.substring(at + piece.length());
        return quoted.strip().replaceAll("\\s+", " ");
    }
}
