package policysearch.web;

import java.nio.charset.StandardCharsets;

/**
 * A {@code Content-Disposition: attachment} header that names a download in Chinese: the UTF-8 name in RFC 5987's
 * {@code filename*} (which browsers prefer) and an ASCII {@code filename} for clients that know only that.
 */
final class ContentDisposition {
    private static final String HEX = "0123456789ABCDEF";

    private ContentDisposition() {
    }

    /** {@code attachment; filename="ascii"; filename*=UTF-8''percent-encoded-name}. */
    static String attachment(String name, String ascii) {
        return "attachment; filename=\"" + ascii.replaceAll("[^\\x20-\\x7E]|[\"\\\\]", "_") + "\"; filename*=UTF-8''"
                + encode(name);
    }

    /** RFC 5987 {@code value-chars}: attr-chars as they are, every other UTF-8 byte as {@code %XX}. */
    static String encode(String s) {
        StringBuilder out = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xF));
            }
        }
        return out.toString();
    }
}
