package policysearch.ingest;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import policysearch.fixtures.ForAll;
import policysearch.model.ParseOutcome;
import policysearch.model.Task;

/**
 * Properties over random mutations of the real seeds (lines deleted, doubled, swapped, control and bidi characters
 * put in, the file cut anywhere, part of it in GB18030 and the rest in UTF-8): the parser never throws, always says
 * what it made of the file, and every task's title and text come from the file: each run of text between
 * punctuation is found in the file as written (or as the parser may have decoded its bytes), spaces aside.
 */
class SeedMutationsTest {
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final String CONTROLS = "\u0000\u0001\u0007\u0008\u000b\u000c\u001b\u001f\u007f\u0085\u00ad"
            + "\u200b\u200e\u200f\u202a\u202e\u2066\u2069\ufeff\ufffd";
    private static List<List<String>> seeds;
    private static final DocumentParser PARSER = DocumentParser.standard();

    /** A seed's lines after some mutations, written as UTF-8 or, from some line on, as GB18030. */
    record Mutant(String seed, List<String> lines, int gbFromLine, List<String> mutations) {
        String text() {
            return String.join("\n", lines);
        }

        byte[] bytes() {
            int cut = Math.min(gbFromLine, lines.size());
            String head = String.join("\n", lines.subList(0, cut)) + (cut < lines.size() && cut > 0 ? "\n" : "");
            String tail = String.join("\n", lines.subList(cut, lines.size()));
            byte[] a = head.getBytes(StandardCharsets.UTF_8);
            byte[] b = tail.getBytes(GB18030);
            byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
            System.arraycopy(b, 0, out, a.length, b.length);
            return out;
        }

        @Override
        public String toString() {
            return seed + " after " + mutations + (gbFromLine < lines.size() ? ", GB18030 from line " + gbFromLine : "")
                    + " (" + lines.size() + " lines)";
        }
    }

    @BeforeAll
    static void readSeeds() throws IOException {
        seeds = new ArrayList<>();
        for (Path p : SeedReader.seedFiles(Path.of("seeds"))) {
            seeds.add(List.of(Files.readString(p).split("\n", -1)));
        }
    }

    @Test
    void mutatedSeedsNeverMakeTheParserThrowAndTasksComeFromTheFile() {
        ForAll.check(250, SeedMutationsTest::mutant, SeedMutationsTest::fewerLines, m -> {
            byte[] bytes = m.bytes();
            ParseOutcome o = PARSER.parse(m.seed(), bytes, Metadata.empty());
            assertNotNull(o);
            assertTrue(o.ok() || !o.problems().isEmpty(), "a file without a document says why");
            if (!o.ok()) {
                return;
            }
            List<String> sources = List.of(squeeze(m.text()), squeeze(decode(bytes, StandardCharsets.UTF_8)),
                    squeeze(decode(bytes, GB18030)));
            for (Task t : o.document().tasks()) {
                assertFromSource(t.id() + " title", t.title(), sources);
                assertFromSource(t.id() + " text", t.text(), sources);
            }
        });
    }

    /** Each run of {@code text} between punctuation (of two characters or more) is in one of the sources. */
    private static void assertFromSource(String what, String text, List<String> sources) {
        for (String run : squeeze(text).split("[，。；：、！？,;:（）()“”\"《》〔〕【】\\[\\]]")) {
            if (run.length() >= 2 && sources.stream().noneMatch(s -> s.contains(run))) {
                throw new AssertionError(what + ": " + ForAll.literal(run) + " is not in the file");
            }
        }
    }

    /** The text without whitespace, control and format characters (the cleaner drops or spaces them). */
    private static String squeeze(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)
                        && Character.getType(c) != Character.CONTROL && Character.getType(c) != Character.FORMAT
                        && c != 0xFFFD)
                .forEach(b::appendCodePoint);
        return b.toString();
    }

    private static String decode(byte[] bytes, Charset cs) {
        try {
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Mutant mutant(Random r) {
        int which = r.nextInt(seeds.size());
        List<String> lines = new ArrayList<>(seeds.get(which));
        List<String> done = new ArrayList<>();
        for (int n = 1 + r.nextInt(6); n > 0 && !lines.isEmpty(); n--) {
            int at = r.nextInt(lines.size());
            switch (r.nextInt(7)) {
                case 0 -> {
                    int k = 1 + r.nextInt(Math.min(8, lines.size() - at));
                    lines.subList(at, at + k).clear();
                    done.add("deleted " + k + " at " + at);
                }
                case 1 -> {
                    lines.add(at, lines.get(at));
                    done.add("doubled " + at);
                }
                case 2 -> {
                    int other = r.nextInt(lines.size());
                    String a = lines.get(at);
                    lines.set(at, lines.get(other));
                    lines.set(other, a);
                    done.add("swapped " + at + " and " + other);
                }
                case 3 -> {
                    String line = lines.get(at);
                    int pos = line.isEmpty() ? 0 : r.nextInt(line.length() + 1);
                    if (pos > 0 && pos < line.length() && Character.isLowSurrogate(line.charAt(pos))) {
                        pos--;
                    }
                    char c = CONTROLS.charAt(r.nextInt(CONTROLS.length()));
                    lines.set(at, line.substring(0, pos) + c + line.substring(pos));
                    done.add(String.format("U+%04X in %d", (int) c, at));
                }
                case 4 -> {
                    String line = lines.get(at);
                    int pos = line.isEmpty() ? 0 : r.nextInt(line.length());
                    lines.subList(at + 1, lines.size()).clear();
                    lines.set(at, line.substring(0, pos));
                    done.add("cut at " + at + ":" + pos);
                }
                case 5 -> {
                    lines.set(at, lines.get(at).replace('（', '(').replace('）', ')'));
                    done.add("half-width brackets in " + at);
                }
                default -> {
                    lines.add(at, "");
                    done.add("blank line at " + at);
                }
            }
        }
        int gb = r.nextInt(4) == 0 ? r.nextInt(Math.max(1, lines.size())) : Integer.MAX_VALUE;
        return new Mutant("seed-" + which + ".txt", lines, gb, done);
    }

    /** The same mutant with one line fewer (a few spread over the file), for shrinking. */
    private static List<Mutant> fewerLines(Mutant m) {
        List<Mutant> out = new ArrayList<>();
        int step = Math.max(1, m.lines().size() / 40);
        Function<Integer, Mutant> without = i -> {
            List<String> l = new ArrayList<>(m.lines());
            l.remove((int) i);
            return new Mutant(m.seed(), l, m.gbFromLine() > i ? m.gbFromLine() - 1 : m.gbFromLine(), m.mutations());
        };
        for (int i = 0; i < m.lines().size(); i += step) {
            out.add(without.apply(i));
        }
        return out;
    }
}
