package policysearch.index;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import policysearch.model.Ids;
import policysearch.model.ParseOutcome;
import policysearch.model.PolicyDocument;
import policysearch.model.Problem;

/**
 * Keeps document ids unique within one build. Ids come from metadata, so two files can share one (the same 文号
 * twice, or 湘政发 and 新政发 both giving {@code xzf}): the first document seen keeps the id, each later one gets
 * a suffix derived from its own file name and title ({@code xzf-2020-1-3f2a}), stable across rebuilds, and a
 * warning naming both files.
 */
final class UniqueIds {
    private static final int SUFFIX_HEX = 4;
    private final Map<String, String> sourceById = new HashMap<>();

    /** The outcome as it will be indexed: unchanged, or its document re-identified with a warning added. */
    ParseOutcome admit(ParseOutcome outcome) {
        if (!outcome.ok()) {
            return outcome;
        }
        PolicyDocument doc = outcome.document();
        String first = sourceById.putIfAbsent(doc.id(), doc.source());
        if (first == null) {
            return outcome;
        }
        String id = freeId(doc);
        sourceById.put(id, doc.source());
        List<Problem> problems = new ArrayList<>(outcome.problems());
        problems.add(new Problem(doc.source(), 0, Problem.Severity.WARNING, "document id " + doc.id()
                + " is already used by " + first + "; indexed as " + id));
        return outcome.with(doc.withId(id), problems);
    }

    /** The shortest {@code id-hash} not yet taken, the hash read from the document's file name and title. */
    private String freeId(PolicyDocument doc) {
        String hash = sha256(doc.source() + "\n" + doc.title());
        for (int n = SUFFIX_HEX; n <= hash.length(); n += 2) {
            String id = doc.id() + "-" + hash.substring(0, n);
            if (Ids.isValid(id) && !sourceById.containsKey(id)) {
                return id;
            }
        }
        for (int i = 2; ; i++) { // every hash prefix taken: only when the same file is offered again
            String id = doc.id() + "-" + hash.substring(0, SUFFIX_HEX) + "-" + i;
            if (!sourceById.containsKey(id)) {
                return id;
            }
        }
    }

    private static String sha256(String s) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
