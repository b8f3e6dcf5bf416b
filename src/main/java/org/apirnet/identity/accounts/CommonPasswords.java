package org.apirnet.identity.accounts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The 100,000 passwords people choose most (ASVS 2.1.7), from the list nbvcxz bundles (compiled from breach
 * corpora). Compared without regard to case: "Qwertyqwerty" is no better than "qwertyqwerty".
 */
public final class CommonPasswords {

    private static final String LIST = "/dictionaries/passwords.txt";

    private CommonPasswords() {
    }

    static boolean contains(String password) {
        return password != null && List.WORDS.contains(normalize(password));
    }

    /** How many passwords the bundled list holds (fewer distinct ones once case is ignored). */
    public static int listed() {
        return List.LISTED;
    }

    private static String normalize(String password) {
        return password.strip().toLowerCase(Locale.ROOT);
    }

    /** Loaded the first time a password is checked, once. */
    private static final class List {
        static int LISTED;
        static final Set<String> WORDS = load();

        private static Set<String> load() {
            try (InputStream in = CommonPasswords.class.getResourceAsStream(LIST)) {
                if (in == null) {
                    throw new IllegalStateException("The common-password list " + LIST + " is not on the classpath");
                }
                Set<String> words = new HashSet<>(200_000);
                try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                    reader.lines().map(CommonPasswords::normalize).filter(line -> !line.isEmpty()).forEach(word -> {
                        words.add(word);
                        LISTED++;
                    });
                }
                return Set.copyOf(words);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
