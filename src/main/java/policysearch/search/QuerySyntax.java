package policysearch.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tokenises what users type into a {@link ParsedQuery}: space-separated words (all required, AND optional),
 * "quoted phrases", exclusions (-word, NOT word) and OR between alternatives; the operators in any letter case,
 * and a slash between Latin terms (DRG/DIP) as OR. It never throws: stray quotes, a lone '-' or a dangling
 * operator are dropped, and a notice says the query was read as plain text.
 */
final class QuerySyntax {
    static final String PLAIN_TEXT_NOTICE = "查询语法不完整（如引号未配对、孤立的 - 、OR、AND 或 NOT），已按普通文字搜索。";
    /** Latin terms joined by slashes (DRG/DIP, 5G/AI): each term has a letter; digits alone (2020/2021) are not. */
    private static final Pattern LATIN_ALTERNATIVES = Pattern.compile(
            "(?<![A-Za-z0-9])[A-Za-z0-9]*[A-Za-z][A-Za-z0-9]*(?:/[A-Za-z0-9]*[A-Za-z][A-Za-z0-9]*)+(?![A-Za-z0-9])");
    /** Spaces around a slash between Latin terms (DRG / DIP), taken out so the terms read as one alternation. */
    private static final Pattern SPACED_SLASH = Pattern.compile(
            "(?<=[A-Za-z][A-Za-z0-9]{0,30})\\s*/\\s*(?=[A-Za-z0-9]*[A-Za-z])");
    /** Most words, phrases and exclusions one query may hold; more are dropped with a notice. */
    static final int MAX_PARTS = 12;
    /** Longest word or phrase searched; a longer one is cut with a notice. */
    static final int MAX_PART_CHARS = 40;
    static final String TOO_LONG_NOTICE = "查询词过多或过长，只搜索了前 " + MAX_PARTS + " 个词（每个词最多 "
            + MAX_PART_CHARS + " 个字）。";

    private QuerySyntax() {
    }

    /** Tokenises one query. */
    static ParsedQuery parse(String raw) {
        String q = SPACED_SLASH.matcher(normalise(raw == null ? "" : raw)).replaceAll("/");
        boolean degraded = false;
        if (q.chars().filter(c -> c == '"').count() % 2 == 1) {
            q = q.replace('"', ' ');
            degraded = true;
        }
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < q.length()) {
            char c = q.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            boolean negated = false;
            if (c == '-') {
                negated = true;
                i++;
                if (i >= q.length() || Character.isWhitespace(q.charAt(i))) {
                    degraded = true; // a lone '-'
                    continue;
                }
                c = q.charAt(i);
            }
            if (c == '"') {
                int end = q.indexOf('"', i + 1);
                String phrase = q.substring(i + 1, end).strip();
                i = end + 1;
                if (phrase.isEmpty()) {
                    degraded = true;
                } else {
                    tokens.add(Token.part(new ParsedQuery.Part(phrase, true), negated));
                }
                continue;
            }
            int end = i;
            while (end < q.length() && !Character.isWhitespace(q.charAt(end)) && q.charAt(end) != '"') {
                end++;
            }
            String word = q.substring(i, end);
            i = end;
            Op op = negated ? null : Op.of(word);
            if (op != null) {
                tokens.add(new Token(null, false, op));
            } else {
                words(word, negated, tokens);
            }
        }
        boolean tooLong = false;
        if (tokens.size() > MAX_PARTS * 2) {
            tokens = new ArrayList<>(tokens.subList(0, MAX_PARTS * 2));
            tooLong = true;
        }
        for (int t = 0; t < tokens.size(); t++) {
            Token tok = tokens.get(t);
            if (tok.part != null && tok.part.text().length() > MAX_PART_CHARS) {
                tokens.set(t, Token.part(new ParsedQuery.Part(cut(tok.part.text()), tok.part.phrase()),
                        tok.negated));
                tooLong = true;
            }
        }
        ParsedQuery parsed = assemble(tokens, degraded);
        int parts = parsed.exclusions().size() + parsed.groups().stream().mapToInt(List::size).sum();
        if (parts > MAX_PARTS) {
            parsed = trim(parsed);
            tooLong = true;
        }
        if (!tooLong) {
            return parsed;
        }
        String notice = parsed.notice() == null ? TOO_LONG_NOTICE : parsed.notice() + " " + TOO_LONG_NOTICE;
        return new ParsedQuery(parsed.groups(), parsed.exclusions(), notice);
    }

    /** The first {@link #MAX_PART_CHARS} characters of a word, one less rather than half a surrogate pair. */
    private static String cut(String text) {
        int end = Character.isHighSurrogate(text.charAt(MAX_PART_CHARS - 1)) ? MAX_PART_CHARS - 1 : MAX_PART_CHARS;
        return text.substring(0, end);
    }

    /** Keeps the first {@link #MAX_PARTS} words and phrases, required ones first. */
    private static ParsedQuery trim(ParsedQuery q) {
        int budget = MAX_PARTS;
        List<List<ParsedQuery.Part>> groups = new ArrayList<>();
        for (List<ParsedQuery.Part> g : q.groups()) {
            if (budget <= 0) {
                break;
            }
            List<ParsedQuery.Part> kept = g.subList(0, Math.min(g.size(), budget));
            groups.add(kept);
            budget -= kept.size();
        }
        List<ParsedQuery.Part> exclusions = q.exclusions().subList(0, Math.min(q.exclusions().size(), Math.max(0, budget)));
        return new ParsedQuery(groups, exclusions, q.notice());
    }

    /**
     * A word, or the alternatives it spells with a slash between Latin terms: DRG/DIP付费 is DRG付费 OR DIP付费;
     * excluded, -DRG/DIP leaves out both terms.
     */
    private static void words(String word, boolean negated, List<Token> tokens) {
        Matcher m = LATIN_ALTERNATIVES.matcher(word);
        if (!m.find() || (negated && m.group().length() != word.length())) {
            tokens.add(Token.part(new ParsedQuery.Part(word, false), negated));
            return;
        }
        String before = word.substring(0, m.start());
        String after = word.substring(m.end());
        String[] terms = m.group().split("/");
        for (int t = 0; t < terms.length; t++) {
            if (t > 0 && !negated) {
                tokens.add(new Token(null, false, Op.OR));
            }
            tokens.add(Token.part(new ParsedQuery.Part(before + terms[t] + after, false), negated));
        }
    }

    /** Whether a word holds Latin terms joined by a slash (DRG/DIP), which the query reads as alternatives. */
    static boolean hasLatinAlternatives(String word) {
        return LATIN_ALTERNATIVES.matcher(word).find();
    }

    /**
     * Groups the tokens: OR joins its neighbours into one group, NOT (like -) excludes the part after it, AND
     * only separates (words are all required anyway). An operator without its parts is dropped with a notice.
     */
    private static ParsedQuery assemble(List<Token> tokens, boolean degraded) {
        List<List<ParsedQuery.Part>> groups = new ArrayList<>();
        List<ParsedQuery.Part> exclusions = new ArrayList<>();
        Op pending = null; // an operator waiting for the part on its right
        for (Token t : tokens) {
            if (t.op == Op.OR) {
                // OR must sit between two positive parts.
                degraded |= pending != null || groups.isEmpty();
                pending = groups.isEmpty() ? null : Op.OR;
                continue;
            }
            if (t.op == Op.AND) {
                degraded |= pending != null || (groups.isEmpty() && exclusions.isEmpty());
                pending = groups.isEmpty() && exclusions.isEmpty() ? null : Op.AND;
                continue;
            }
            if (t.op == Op.NOT) {
                degraded |= pending == Op.OR || pending == Op.NOT; // AND NOT is fine
                pending = Op.NOT;
                continue;
            }
            boolean negated = t.negated || pending == Op.NOT;
            degraded |= t.negated && pending == Op.NOT; // NOT -word
            if (negated) {
                degraded |= pending == Op.OR;
                exclusions.add(t.part);
            } else if (pending == Op.OR) {
                groups.get(groups.size() - 1).add(t.part);
            } else {
                groups.add(new ArrayList<>(List.of(t.part)));
            }
            pending = null;
        }
        degraded |= pending != null; // a trailing operator
        return new ParsedQuery(groups, exclusions, degraded ? PLAIN_TEXT_NOTICE : null);
    }

    /**
     * Full-width quotes and minus as their ASCII forms, so 「“家庭医生”」 works like "家庭医生"; every space
     * (full-width, no-break) and control character as a space; invisible format characters (bidi controls, zero-width
     * space, byte order mark, soft hyphen) and lone surrogates dropped, so pasted text matches what it shows.
     */
    static String normalise(String q) {
        StringBuilder sb = new StringBuilder(q.length());
        for (int i = 0; i < q.length(); i++) {
            char c = q.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < q.length() && Character.isLowSurrogate(q.charAt(i + 1))) {
                sb.append(c).append(q.charAt(++i));
            } else if (Character.isSpaceChar(c) || Character.isISOControl(c)) {
                sb.append(' ');
            } else if (!Character.isSurrogate(c) && Character.getType(c) != Character.FORMAT) {
                sb.append(switch (c) {
                    case '“', '”', '「', '」', '＂' -> '"';
                    case '－' -> '-';
                    default -> c;
                });
            }
        }
        return sb.toString();
    }

    /** The operators a query may use between its parts, in any letter case. */
    enum Op {
        OR, AND, NOT;

        /** The operator a word spells (or, And, NOT …), or null for an ordinary word. */
        static Op of(String word) {
            return switch (word.toUpperCase(Locale.ROOT)) {
                case "OR" -> OR;
                case "AND" -> AND;
                case "NOT" -> NOT;
                default -> null;
            };
        }
    }

    /** A part (word or phrase, maybe negated by a leading -) or an operator. */
    private record Token(ParsedQuery.Part part, boolean negated, Op op) {
        static Token part(ParsedQuery.Part part, boolean negated) {
            return new Token(part, negated, null);
        }
    }
}
