package policysearch;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import policysearch.corpus.SeedCorpus;
import policysearch.embed.Embeddings;
import java.util.List;
import policysearch.index.BuildSummary;
import policysearch.index.FileReport;
import policysearch.index.Schema;
import policysearch.model.Problem;

/** {@code index}: (re)builds the index from the seeds directory and prints a summary. */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = "Build the search index from the seed documents.")
final class IndexCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    Locations locations = new Locations();

    @Override
    public Integer call() throws Exception {
        BuildSummary s;
        try (Embeddings embeddings = locations.embeddings(); Schema schema = new Schema(embeddings)) {
            s = new SeedCorpus(locations.seeds, locations.index).build(schema);
        } catch (IOException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            spec.commandLine().getErr().flush();
            return 2;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Indexed %d documents, %d tasks from %d files in %d ms into %s%n",
                s.documents(), s.tasks(), s.files(), s.tookMs(), locations.index);
        printReports(out, s.reports());
        for (Problem p : s.problems()) {
            out.println("  " + p);
        }
        if (s.failedFiles() > 0) {
            out.printf("%d file(s) produced no document%n", s.failedFiles());
        }
        out.flush();
        return s.documents() == 0 && s.files() > 0 ? 1 : 0;
    }

    /** One line per file: format, tasks and warnings, or why it gave nothing. */
    static void printReports(PrintWriter out, List<FileReport> reports) {
        int width = reports.stream().mapToInt(r -> r.source().length()).max().orElse(4);
        String row = "  %-" + width + "s  %-6s %5s %8s  %s";
        out.println(String.format(row, "file", "format", "tasks", "warnings", "").stripTrailing());
        for (FileReport r : reports) {
            String format = r.format() == null ? "-" : r.format();
            String line = r.error() != null
                    ? String.format(row, r.source(), format, "-", "-", "not indexed: " + r.error())
                    : String.format(row, r.source(), format, r.tasks(), r.warnings(),
                            r.withoutTasks() ? "no task list: one document record" : "");
            out.println(line.stripTrailing());
        }
    }
}
