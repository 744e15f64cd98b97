package org.mincirc.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The header comment of an {@code .mdp} file: the {@code //} lines before its first declaration.
 * The catalog shows its first sentence, so every instance says in words what it shows.
 */
public final class HeaderComment {
    private HeaderComment() {}

    /** The leading {@code //} comment lines joined by spaces (blank lines end the paragraph). */
    public static String of(String text) {
        List<String> words = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            String t = line.strip();
            if (!t.startsWith("//")) {
                break;
            }
            String body = t.substring(2).strip();
            if (body.isEmpty()) {
                break;
            }
            words.add(body);
        }
        return String.join(" ", words);
    }

    /** The first sentence: up to the first '.' followed by a space or the end, or everything. */
    public static String firstSentence(String text) {
        String header = of(text);
        for (int i = 0; i < header.length(); i++) {
            if (header.charAt(i) == '.' && (i + 1 == header.length() || header.charAt(i + 1) == ' ')) {
                return header.substring(0, i + 1);
            }
        }
        return header;
    }
}
