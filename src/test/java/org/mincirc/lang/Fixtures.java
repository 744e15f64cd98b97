package org.mincirc.lang;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.mincirc.model.Document;

/** Test files under src/test/resources, found through the class path. */
final class Fixtures {
    private Fixtures() {}

    static Path dir(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Path> files(String dirName) throws IOException {
        try (Stream<Path> s = Files.list(dir(dirName))) {
            return s.filter(p -> p.toString().endsWith(".mdp")).sorted().toList();
        }
    }

    /** Loads a valid file, failing the test with every diagnostic if it does not load. */
    static Document valid(String fileName) {
        Path p = dir("valid").resolve(fileName);
        try {
            return Loader.load(p);
        } catch (LoadException e) {
            throw new AssertionError("valid file " + p + " did not load:\n" + e.getMessage());
        }
    }
}
