package org.apirnet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rules of the module structure that Spring Modulith does not check: the shell names no feature's URL (each module
 * guards its own routes), and a template uses only messages of its own module's bundle or of the shared one.
 */
class ModuleRulesTests {

    private static final Path MAIN = Path.of("src/main");
    /** Template folders that belong to no feature: the shell's, and the content kernel's shared parts. */
    private static final Set<String> SHARED_TEMPLATES = Set.of("fragments", "error", "admin", "content", "home.html", "error.html");
    /** Which bundle each template folder may use besides the shared one. */
    private static final Map<String, String> BUNDLE_OF_FOLDER = Map.ofEntries(
            Map.entry("identity", "identity"), Map.entry("library", "library"), Map.entry("notify", "notify"),
            Map.entry("mail", "notify"), Map.entry("review", "review"), Map.entry("events", "events"),
            Map.entry("countries", "countries"), Map.entry("forum", "forum"), Map.entry("news", "news"),
            Map.entry("projects", "projects"), Map.entry("focus", "focus"),
            Map.entry("blog", "blog"));

    @Test
    void theShellNamesNoFeatureUrl() throws IOException {
        List<String> featureRoutes = List.of("\"/library", "\"/members", "\"/account", "\"/review", "\"/news", "\"/events",
                "\"/discussions", "\"/projects", "\"/search");
        try (Stream<Path> files = Files.walk(MAIN.resolve("java/org/apirnet/web"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                for (String route : featureRoutes) {
                    assertThat(source).as(file + " names " + route).doesNotContain(route);
                }
            }
        }
    }

    @Test
    void templatesUseTheirOwnModulesMessagesOrSharedOnes() throws IOException {
        Set<String> shared = keys(MAIN.resolve("resources/messages.properties"));
        Map<String, Set<String>> bundles = new HashMap<>();
        for (String bundle : Set.copyOf(BUNDLE_OF_FOLDER.values())) {
            bundles.put(bundle, keys(MAIN.resolve("resources/i18n/" + bundle + ".properties")));
        }
        Set<String> allKeys = new TreeSet<>(shared);
        bundles.values().forEach(allKeys::addAll);
        Pattern messageKey = Pattern.compile("#\\{([a-zA-Z][\\w.]*)[}(]");
        Set<String> misplaced = new TreeSet<>();
        Path templates = MAIN.resolve("resources/templates");
        try (Stream<Path> files = Files.walk(templates)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".html")).toList()) {
                String folder = templates.relativize(file).getName(0).toString();
                Set<String> allowed = new TreeSet<>(shared);
                String bundle = BUNDLE_OF_FOLDER.get(folder);
                if (bundle != null) {
                    allowed.addAll(bundles.get(bundle));
                } else if (!SHARED_TEMPLATES.contains(folder)) {
                    // themes, countries, search: modules whose few messages live in the shared bundle
                }
                Matcher matcher = messageKey.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (matcher.find()) {
                    String key = matcher.group(1);
                    assertThat(allKeys).as(file + " uses an undefined message").contains(key);
                    if (!allowed.contains(key)) {
                        misplaced.add(templates.relativize(file) + " uses " + key);
                    }
                }
            }
        }
        assertThat(misplaced).as("a message used by another module's template belongs in messages.properties").isEmpty();
    }

    private static Set<String> keys(Path bundle) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(bundle)) {
            properties.load(in);
        }
        return properties.stringPropertyNames();
    }
}
