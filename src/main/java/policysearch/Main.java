package policysearch;

import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: wiring only. */
@Command(name = "policy-search", mixinStandardHelpOptions = true, version = "policy-search 0.1.0",
        description = "Full-text and faceted search over policy key-task documents.",
        subcommands = {ParseCommand.class, IndexCommand.class, ServeCommand.class, BenchCommand.class})
public final class Main implements Runnable {
    /**
     * Lucene reports through java.util.logging, at INFO, that its SIMD vector code is on: nothing to act on, so only
     * its warnings (such as the vector module missing) are shown. Held here: the JDK keeps loggers weakly.
     */
    private static final Logger LUCENE_VECTORS = Logger.getLogger("org.apache.lucene.internal.vectorization");

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    public static void main(String[] args) {
        LUCENE_VECTORS.setLevel(Level.WARNING);
        System.exit(new CommandLine(new Main()).execute(args));
    }
}
