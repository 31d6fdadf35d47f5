package policysearch;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: wiring only. */
@Command(name = "policy-search", mixinStandardHelpOptions = true, version = "policy-search 0.1.0",
        description = "Full-text and faceted search over policy key-task documents.",
        subcommands = {ParseCommand.class, IndexCommand.class, ServeCommand.class, BenchCommand.class})
public final class Main implements Runnable {

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new Main()).execute(args));
    }
}
