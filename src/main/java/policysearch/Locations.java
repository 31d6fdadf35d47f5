package policysearch;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --seeds} and {@code --index} options shared by the commands that read seeds into an index. */
final class Locations {
    @Option(names = "--seeds", defaultValue = "seeds", description = "seed documents directory (default: ${DEFAULT-VALUE})")
    Path seeds;

    @Option(names = "--index", defaultValue = "index", description = "index directory (default: ${DEFAULT-VALUE})")
    Path index;
}
