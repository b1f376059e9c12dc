package dev.pql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages follow the pipeline and a stage knows only the stages before it (CONTRIBUTING.md):
 * no class names a later stage in its code (imports or qualified names; comments may point ahead).
 * The front ends (jdbc, shell, server) are one tier. This is why each stage that varies by output
 * type has its own per-type classes ({@code model/HeadKinds}, {@code train/OutputKinds},
 * {@code exec/FeatureKinds}) instead of one class that would have to reach every stage.
 */
class LayeringTest {
    /** Tiers in pipeline order; a package may use its own tier and those before it. */
    private static final List<List<String>> TIERS = List.of(List.of("error"), List.of("parse"), List.of("config"),
            List.of("data"), List.of("features"), List.of("model"), List.of("train"), List.of("drift"),
            List.of("registry"), List.of("exec"), List.of("jdbc", "shell", "server"));
    private static final Pattern USE = Pattern.compile("\\bdev\\.pql\\.(\\w+)\\.");
    private static final Pattern COMMENTS = Pattern.compile("(?s)/\\*.*?\\*/|//[^\\n]*");

    @Test
    void noStageUsesALaterOne() throws IOException {
        Path root = Path.of("src/main/java/dev/pql");
        List<String> backwards = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String pkg = root.relativize(p).getName(0).toString();
                int tier = tier(pkg);
                if (tier < 0) {
                    unknown.add(pkg);
                    continue;
                }
                String code = COMMENTS.matcher(Files.readString(p)).replaceAll("");
                Matcher m = USE.matcher(code);
                while (m.find()) {
                    int used = tier(m.group(1));
                    if (used > tier) {
                        backwards.add(root.relativize(p) + " uses dev.pql." + m.group(1));
                    }
                }
            }
        }
        assertTrue(unknown.isEmpty(), "packages without a tier here: " + unknown);
        assertEquals(List.of(), backwards, "a stage uses a later one");
    }

    /**
     * The shell completes and helps from the words the engine at the other end of its connection
     * serves (pql.statements, pql.feature_types, pql.encoders, pql.options, getSQLKeywords), so it
     * names none of the registries those words come from, which would be its own jar's, not the server's.
     */
    @Test
    void theShellNamesNoRegistryOfWords() throws IOException {
        List<String> uses = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/dev/pql/shell"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = Pattern.compile("\\bdev\\.pql\\.(parse|config|model|exec)\\.")
                        .matcher(COMMENTS.matcher(Files.readString(p)).replaceAll(""));
                while (m.find()) {
                    uses.add(p.getFileName() + " uses dev.pql." + m.group(1));
                }
            }
        }
        assertEquals(List.of(), uses);
    }

    private static int tier(String pkg) {
        for (int i = 0; i < TIERS.size(); i++) {
            if (TIERS.get(i).contains(pkg)) {
                return i;
            }
        }
        return -1;
    }
}
