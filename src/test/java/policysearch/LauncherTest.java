package policysearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/policy-search} picks a JDK 21+ by itself ($JAVA_HOME, else {@code java} on the PATH, else the newest
 * installed) and says what to do when there is none or the jar is not built. Run on a copy of the script beside
 * stand-in {@code java} executables that only report a version, so no real JDK or jar is needed.
 */
class LauncherTest {
    @TempDir
    Path dir;
    Path home;
    Path jdks;
    Path path;

    @BeforeEach
    void copyTheLauncher() throws IOException {
        home = Files.createDirectories(dir.resolve("home"));
        Files.createDirectories(home.resolve("bin"));
        Files.copy(Path.of("bin", "policy-search"), home.resolve("bin/policy-search"));
        Files.createDirectories(home.resolve("target"));
        Files.writeString(home.resolve("target/policy-search.jar"), "");
        jdks = Files.createDirectories(dir.resolve("jvm"));
        path = Files.createDirectories(dir.resolve("path"));
    }

    /** A stand-in java of {@code version} at {@code dir/bin/java}: reports the version, else echoes how it ran. */
    private static Path fakeJava(Path dir, String version) throws IOException {
        Path java = Files.createDirectories(dir.resolve("bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\n"
                + "if [ \"$1\" = -version ]; then\n"
                + "  echo 'openjdk version \"" + version + "\" 2025-01-01' >&2; exit 0\n"
                + "fi\n"
                + "echo \"ran $0 $*\"\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return java;
    }

    private record Run(int exit, String out, String err) {
    }

    private Run launch(Map<String, String> env, String... args) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(Stream.concat(Stream.of(home.resolve("bin/policy-search").toString()),
                Arrays.stream(args)).toList());
        pb.environment().clear();
        pb.environment().put("PATH", path + ":/usr/bin:/bin");
        pb.environment().put("POLICY_SEARCH_JDKS", jdks.toString());
        pb.environment().putAll(env);
        pb.redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile());
        Process p = pb.start();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the launcher returns");
        return new Run(p.exitValue(), Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    private String jar() {
        return home.resolve("target/policy-search.jar").toString();
    }

    @Test
    void aJavaHomeOf21OrNewerIsUsedWithTheJvmFlagsAndTheArguments() throws Exception {
        Path java = fakeJava(dir.resolve("jdk-21"), "21.0.5");
        fakeJava(jdks.resolve("jdk-25"), "25.0.1");
        Run r = launch(Map.of("JAVA_HOME", dir.resolve("jdk-21").toString()), "parse", "seeds/a b.txt");
        assertEquals(0, r.exit(), r.err());
        assertEquals("ran " + java + " --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -jar "
                + jar() + " parse seeds/a b.txt\n", r.out());
    }

    @Test
    void anOlderDefaultJavaIsPassedOverForTheNewestInstalledJdk() throws Exception {
        fakeJava(dir.resolve("jdk-17"), "17.0.15");
        Files.createSymbolicLink(path.resolve("java"), fakeJava(dir.resolve("path-jdk"), "17.0.15"));
        fakeJava(jdks.resolve("java-1.8.0"), "1.8.0_402");
        fakeJava(jdks.resolve("jdk-21"), "21.0.5");
        Path newest = fakeJava(jdks.resolve("temurin-25"), "25.0.1");
        fakeJava(jdks.resolve("jdk-22-ea"), "22-ea");
        Run r = launch(Map.of("JAVA_HOME", dir.resolve("jdk-17").toString()), "--version");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("ran " + newest + " "), r.out());
    }

    @Test
    void aJavaOnThePathOf21OrNewerComesBeforeTheInstalledOnes() throws Exception {
        Path onPath = fakeJava(dir.resolve("path-jdk"), "21.0.5");
        Files.createSymbolicLink(path.resolve("java"), onPath);
        fakeJava(jdks.resolve("temurin-25"), "25.0.1");
        Run r = launch(Map.of(), "--version");
        assertTrue(r.out().startsWith("ran " + path.resolve("java") + " "), r.out());
    }

    @Test
    void withoutAJdk21ItSaysWhatItTriedAndWhatToDo() throws Exception {
        Files.createSymbolicLink(path.resolve("java"), fakeJava(dir.resolve("path-jdk"), "17.0.15"));
        fakeJava(jdks.resolve("jdk-11"), "11.0.2");
        Run r = launch(Map.of(), "parse", "x.txt");
        assertEquals(1, r.exit());
        assertEquals("", r.out());
        assertEquals(List.of("policy-search needs Java 21 or newer and found none.", "Tried:",
                "  " + path.resolve("java") + " (Java 17)", "  " + jdks.resolve("jdk-11/bin/java") + " (Java 11)",
                "Install a JDK 21+ (e.g. apt-get install openjdk-21-jdk-headless) or set JAVA_HOME to one."),
                r.err().lines().toList());
    }

    @Test
    void withoutTheJarItSaysHowToBuildIt() throws Exception {
        fakeJava(jdks.resolve("jdk-21"), "21.0.5");
        Files.delete(home.resolve("target/policy-search.jar"));
        Run r = launch(Map.of(), "serve");
        assertEquals(1, r.exit());
        assertEquals("policy-search: " + jar() + " not found; build it first: (cd " + home
                + " && mvn -B -DskipTests package)\n", r.err());
    }
}
