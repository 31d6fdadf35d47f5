package policysearch.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sourceforge.pinyin4j.PinyinHelper;

/**
 * Stable, URL-readable document ids derived from metadata, never from file names: the pinyin initials of the 文号
 * prefix with its year and serial (国办发〔2021〕20号 → gbf-2021-20); without a 文号, the region code, date and a
 * short hash of the title (cn-20240603-1a2b).
 */
public final class DocumentIds {
    private static final Pattern NUMBER = Pattern.compile("^(\\p{IsHan}+)〔(\\d{4})〕(\\d+)号$");
    private final Regions regions;

    public DocumentIds(Regions regions) {
        this.regions = regions;
    }

    /** The id for a document's metadata. */
    public String idFor(String number, String region, LocalDate date, int year, String title) {
        if (number != null) {
            Matcher m = NUMBER.matcher(number);
            if (m.matches()) {
                return initials(m.group(1)) + "-" + m.group(2) + "-" + m.group(3);
            }
        }
        String code = regions.byName(region).map(Regions.Region::code).orElseGet(() -> initials(region));
        String when = date != null ? date.toString().replace("-", "") : Integer.toString(year);
        return code + "-" + when + "-" + shortHash(title);
    }

    /** Lower-case pinyin initials of Han characters (国办发 → gbf); ASCII letters and digits are kept. */
    public static String initials(String han) {
        StringBuilder b = new StringBuilder();
        for (char c : han.toCharArray()) {
            String[] py = Character.isIdeographic(c) ? PinyinHelper.toHanyuPinyinStringArray(c) : null;
            if (py != null && py.length > 0 && !py[0].isEmpty()) {
                b.append(py[0].charAt(0));
            } else if (c < 128 && Character.isLetterOrDigit(c)) {
                b.append(c);
            }
        }
        String s = b.toString().toLowerCase(Locale.ROOT);
        return s.isEmpty() ? "doc" : s;
    }

    private static String shortHash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 2);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
