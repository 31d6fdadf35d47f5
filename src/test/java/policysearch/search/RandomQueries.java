package policysearch.search;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Random query strings of the kinds users (and robots) type: the seeds' words, single characters, Latin terms and
 * operators, query-parser punctuation in both widths, every kind of whitespace, control and bidi characters,
 * supplementary-plane characters, lone surrogates, and long runs up to {@link #MAX_CHARS}.
 */
final class RandomQueries {
    /** The longest query a {@link SearchRequest} accepts. */
    static final int MAX_CHARS = 500;

    private static final List<String> WORDS = List.of("医保", "支付", "卫健委", "分级诊疗", "公立医院", "医联体", "国家",
            "四川", "重庆", "2021", "年", "医保支付方式改革", "家庭医生", "国家卫生健康委", "国家医保局", "疾控", "基药",
            "集采", "互联网+医疗健康", "互联网＋", "城市", "医疗集团", "中医药", "药品", "耗材", "高质量发展", "医改",
            "深化医药卫生体制改革", "重点工作任务", "牵头", "负责", "签约", "签约服务费", "<script>", "alert(1)", "&", "激励政策");
    private static final List<String> LATIN = List.of("DRG", "DIP", "drg", "and", "or", "not", "AND", "OR", "NOT",
            "TO", "COVID-19", "script", "ＤＲＧ", "a", "x", "1", "0", "2020", "2024", "12345678901234567890");
    private static final String PUNCTUATION = "\"“”「」＂()（）[]{}【】<>&'-－+＋*?~^:/\\!|&、，。；;,.…%#=_`@$";
    private static final String SPACES = " \t\n\r\u3000\u00a0\u2028\u200b\ufeff";
    private static final String CONTROLS = "\u0000\u0001\u0007\u0008\u000b\u000c\u001b\u001f\u007f\u0085";
    private static final String BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f";
    private static final List<String> SUPPLEMENTARY = List.of("𠀀", "𠮷", "𪚥", "😀", "👍🏽", "🇨🇳", "👨‍👩‍👧", "𝐀");
    private static final List<String> LONE_SURROGATES = List.of("\ud800", "\udfff", "\ud840");
    private static final List<String> OPERATORS = List.of("-", "--", "\"", "\"\"", "OR", "-\"", "(", ")", "+-",
            "-OR", "\"-\"", "*:*", "[1 TO 2]", "&&", "||", "~2", "^3", "\\\"", "-\"\"");

    private RandomQueries() {
    }

    /** A query of at most {@link #MAX_CHARS} characters: mostly a few pieces, sometimes very long. */
    static String query(Random r) {
        int pieces = r.nextInt(10) == 0 ? 40 + r.nextInt(300) : r.nextInt(8);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < pieces && sb.length() < MAX_CHARS; i++) {
            sb.append(piece(r));
            if (r.nextInt(3) > 0) {
                sb.append(r.nextInt(4) == 0 ? one(r, SPACES) : " ");
            }
        }
        return sb.length() > MAX_CHARS ? sb.substring(0, MAX_CHARS) : sb.toString();
    }

    /** {@code q} with a few format characters or lone surrogates put between its characters (never in a pair). */
    static String withInvisibles(Random r, String q) {
        StringBuilder sb = new StringBuilder(q);
        for (int n = 1 + r.nextInt(3); n > 0; n--) {
            int at = r.nextInt(sb.length() + 1);
            if (at > 0 && at < sb.length() && Character.isSurrogatePair(sb.charAt(at - 1), sb.charAt(at))) {
                at--;
            }
            boolean nextToSurrogate = (at > 0 && Character.isSurrogate(sb.charAt(at - 1)))
                    || (at < sb.length() && Character.isSurrogate(sb.charAt(at)));
            // A lone surrogate next to another could pair with it into a visible character.
            sb.insert(at, r.nextBoolean() && !nextToSurrogate ? pick(r, LONE_SURROGATES)
                    : one(r, BIDI + "\u00ad\ufeff\u2060"));
        }
        return sb.toString();
    }

    private static String piece(Random r) {
        return switch (r.nextInt(20)) {
            case 0, 1, 2, 3, 4, 5 -> pick(r, WORDS);
            case 6, 7 -> String.valueOf((char) (0x4e00 + r.nextInt(0x9fa5 - 0x4e00)));
            case 8, 9 -> pick(r, LATIN);
            case 10, 11 -> one(r, PUNCTUATION);
            case 12, 13 -> pick(r, OPERATORS);
            case 14 -> one(r, SPACES);
            case 15 -> one(r, CONTROLS);
            case 16 -> one(r, BIDI);
            case 17 -> pick(r, SUPPLEMENTARY);
            case 18 -> pick(r, LONE_SURROGATES);
            default -> String.valueOf((char) r.nextInt(0x3000));
        };
    }

    /**
     * Filters on a few random dimensions, each with one to three values: real values of that dimension from
     * {@code known}, values of another dimension, or random text.
     */
    static Map<FacetDim, List<String>> filters(Random r, Map<FacetDim, List<String>> known) {
        Map<FacetDim, List<String>> out = new EnumMap<>(FacetDim.class);
        int dims = r.nextInt(3) == 0 ? r.nextInt(4) : 0;
        for (int i = 0; i < dims; i++) {
            FacetDim dim = FacetDim.values()[r.nextInt(FacetDim.values().length)];
            int n = 1 + r.nextInt(3);
            List<String> values = new java.util.ArrayList<>();
            for (int v = 0; v < n; v++) {
                values.add(switch (r.nextInt(4)) {
                    case 0, 1 -> pick(r, known.get(dim));
                    case 2 -> pick(r, known.get(FacetDim.values()[r.nextInt(FacetDim.values().length)]));
                    default -> r.nextBoolean() ? piece(r) : query(r);
                });
            }
            out.put(dim, values);
        }
        return out;
    }

    private static String pick(Random r, List<String> from) {
        return from.isEmpty() ? "" : from.get(r.nextInt(from.size()));
    }

    private static String one(Random r, String chars) {
        return String.valueOf(chars.charAt(r.nextInt(chars.length())));
    }
}
