package policysearch.ingest.format;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.mozilla.universalchardet.UniversalDetector;

/** Decodes a seed's bytes: UTF-8 (with or without BOM), UTF-16 with BOM, or a detected legacy charset (GB18030/GBK, Big5). */
public final class TextDecoder {

    /** Decoded text with the charset that was used. */
    public record Decoded(String text, String charset) {
    }

    /** Thrown when bytes are not text at all (empty, binary). */
    public static final class NotTextException extends Exception {
        public NotTextException(String message) {
            super(message);
        }
    }

    /** Decodes {@code bytes}, detecting the encoding rather than assuming one. */
    public Decoded decode(byte[] bytes) throws NotTextException {
        if (bytes.length == 0) {
            throw new NotTextException("file is empty");
        }
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strict(bytes, 3, StandardCharsets.UTF_8, "UTF-8 (BOM)");
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return strict(bytes, 2, StandardCharsets.UTF_16LE, "UTF-16LE");
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return strict(bytes, 2, StandardCharsets.UTF_16BE, "UTF-16BE");
        }
        if (looksBinary(bytes)) {
            throw new NotTextException("file looks binary (control bytes), not a text document");
        }
        try {
            return strict(bytes, 0, StandardCharsets.UTF_8, "UTF-8");
        } catch (NotTextException notUtf8) {
            return legacy(bytes);
        }
    }

    private Decoded legacy(byte[] bytes) throws NotTextException {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, bytes.length);
        detector.dataEnd();
        String detected = detector.getDetectedCharset();
        // GB2312 and GBK are subsets of GB18030: decode with the superset so no character is lost.
        String name = detected == null || detected.startsWith("GB") || detected.equalsIgnoreCase("HZ-GB-2312")
                ? "GB18030" : detected;
        if (!Charset.isSupported(name)) {
            name = "GB18030";
        }
        try {
            return strict(bytes, 0, Charset.forName(name), name);
        } catch (NotTextException e) {
            if (!name.equals("GB18030")) {
                return strict(bytes, 0, Charset.forName("GB18030"), "GB18030");
            }
            throw new NotTextException("cannot decode as UTF-8 or " + name + ": " + e.getMessage());
        }
    }

    private static Decoded strict(byte[] bytes, int offset, Charset cs, String label) throws NotTextException {
        try {
            String text = cs.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
            return new Decoded(text, label);
        } catch (CharacterCodingException e) {
            throw new NotTextException("invalid " + label + " byte sequence");
        }
    }

    private static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return control > n / 20;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
