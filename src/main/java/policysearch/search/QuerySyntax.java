package policysearch.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Tokenises what users type into a {@link ParsedQuery}: space-separated words (all required),
 * "quoted phrases", -exclusions and OR between alternatives. It never throws: stray quotes,
 * a lone '-' or a dangling OR are dropped, and a notice says the query was read as plain text.
 */
final class QuerySyntax {
    static final String PLAIN_TEXT_NOTICE = "查询语法不完整（如引号未配对、孤立的 - 或 OR），已按普通文字搜索。";
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
        String q = normalise(raw == null ? "" : raw);
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
                    tokens.add(new Token(new ParsedQuery.Part(phrase, true), negated, false));
                }
                continue;
            }
            int end = i;
            while (end < q.length() && !Character.isWhitespace(q.charAt(end)) && q.charAt(end) != '"') {
                end++;
            }
            String word = q.substring(i, end);
            i = end;
            if (word.equals("OR") && !negated) {
                tokens.add(new Token(null, false, true));
            } else {
                tokens.add(new Token(new ParsedQuery.Part(word, false), negated, false));
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
                tokens.set(t, new Token(new ParsedQuery.Part(cut(tok.part.text()), tok.part.phrase()),
                        tok.negated, false));
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

    private static ParsedQuery assemble(List<Token> tokens, boolean degraded) {
        List<List<ParsedQuery.Part>> groups = new ArrayList<>();
        List<ParsedQuery.Part> exclusions = new ArrayList<>();
        boolean pendingOr = false;
        for (Token t : tokens) {
            if (t.or) {
                // OR must sit between two positive parts.
                if (pendingOr || groups.isEmpty()) {
                    degraded = true;
                }
                pendingOr = !groups.isEmpty();
                continue;
            }
            if (t.negated) {
                exclusions.add(t.part);
                continue;
            }
            if (pendingOr) {
                groups.get(groups.size() - 1).add(t.part);
                pendingOr = false;
            } else {
                groups.add(new ArrayList<>(List.of(t.part)));
            }
        }
        if (pendingOr) {
            degraded = true; // a trailing OR
        }
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

    private record Token(ParsedQuery.Part part, boolean negated, boolean or) {
    }
}
