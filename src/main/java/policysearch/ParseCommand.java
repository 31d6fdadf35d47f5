package policysearch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import policysearch.ingest.DocumentParser;
import policysearch.model.ParseOutcome;
import policysearch.ingest.ParsedJson;
import policysearch.model.Problem;
import policysearch.json.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parse FILE...}: prints the parsed documents as a JSON array; problems go to standard error. */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = "Parse files (text, web pages, .docx, .doc, PDF) and print one JSON object per document (problems go to stderr).")
final class ParseCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "files to parse")
    private List<Path> files = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        DocumentParser parser = DocumentParser.standard();
        List<ParsedJson> out = new ArrayList<>();
        int failed = 0;
        for (Path f : files) {
            ParseOutcome o = parser.parse(f);
            for (Problem p : o.problems()) {
                spec.commandLine().getErr().println(p);
            }
            if (o.ok()) {
                out.add(ParsedJson.of(o));
            } else {
                failed++;
            }
        }
        spec.commandLine().getOut().println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(out));
        spec.commandLine().getOut().flush();
        return failed == 0 ? 0 : 1;
    }
}
