package policysearch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import policysearch.ingest.DocumentParser;
import policysearch.ingest.ParseOutcome;
import policysearch.ingest.ParsedJson;
import policysearch.ingest.Problem;
import policysearch.json.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code parse FILE...}: prints the parsed documents as a JSON array; problems go to standard error. */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = "Parse seed files and print one JSON object per document (problems go to stderr).")
final class ParseCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "seed files to parse")
    private List<Path> files = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        DocumentParser parser = DocumentParser.standard();
        List<ParsedJson> out = new ArrayList<>();
        int failed = 0;
        for (Path f : files) {
            ParseOutcome o = parser.parse(f);
            for (Problem p : o.problems()) {
                System.err.println(p);
            }
            if (o.ok()) {
                out.add(ParsedJson.of(o));
            } else {
                failed++;
            }
        }
        System.out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(out));
        return failed == 0 ? 0 : 1;
    }
}
