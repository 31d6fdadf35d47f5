package policysearch;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import policysearch.index.BuildSummary;
import policysearch.index.IndexBuilder;
import policysearch.index.Schema;
import policysearch.ingest.Problem;

/** {@code index}: (re)builds the index from the seeds directory and prints a summary. */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = "Build the search index from the seed documents.")
final class IndexCommand implements Callable<Integer> {
    @Option(names = "--seeds", defaultValue = "seeds", description = "seed documents directory (default: ${DEFAULT-VALUE})")
    Path seeds;

    @Option(names = "--index", defaultValue = "index", description = "index directory (default: ${DEFAULT-VALUE})")
    Path index;

    @Override
    public Integer call() throws Exception {
        BuildSummary s;
        try (Schema schema = new Schema()) {
            s = IndexBuilder.standard(schema).build(seeds, index);
        }
        System.out.printf("Indexed %d documents, %d tasks from %d files in %d ms into %s%n",
                s.documents(), s.tasks(), s.files(), s.tookMs(), index);
        for (Problem p : s.problems()) {
            System.out.println("  " + p);
        }
        if (s.failedFiles() > 0) {
            System.out.printf("%d file(s) produced no document%n", s.failedFiles());
        }
        return s.documents() == 0 && s.files() > 0 ? 1 : 0;
    }
}
