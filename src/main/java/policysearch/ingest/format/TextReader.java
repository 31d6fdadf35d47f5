package policysearch.ingest.format;

import java.util.Arrays;
import java.util.List;

/** Plain text in any of the encodings {@link TextDecoder} detects; one line per line of the file. */
final class TextReader implements FormatReader {
    private final TextDecoder decoder = new TextDecoder();

    @Override
    public Extraction read(byte[] bytes) throws UnreadableFileException {
        try {
            String text = decoder.decode(bytes).text();
            return new Extraction(Format.TEXT, lines(text), null, List.of());
        } catch (TextDecoder.NotTextException e) {
            throw new UnreadableFileException(e.getMessage(), e);
        }
    }

    /** The lines of a text, whatever its line ends. */
    static List<String> lines(String text) {
        return Arrays.asList(text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
    }
}
