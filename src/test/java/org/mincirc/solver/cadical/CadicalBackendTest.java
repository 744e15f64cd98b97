package org.mincirc.solver.cadical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mincirc.solver.Backend;
import org.mincirc.solver.NativeBackendContract;
import org.mincirc.solver.SolverException;

/** The shared contract on CaDiCaL through its C API, and how the library is found. */
class CadicalBackendTest extends NativeBackendContract {
    @BeforeEach
    void needsCadical() {
        Assumptions.assumeTrue(CadicalLibrary.problem().isEmpty(),
                () -> "CaDiCaL does not load here: " + CadicalLibrary.problem().orElse(""));
    }

    @Override
    protected Backend create() {
        return new CadicalBackend();
    }

    @Test
    void itIsCadical() {
        try (Backend b = create()) {
            assertEquals("cadical", b.name());
        }
        assertTrue(CadicalLibrary.signature().orElseThrow().startsWith("cadical-"),
                CadicalLibrary.signature().orElse(""));
        assertTrue(CadicalLibrary.loadedFrom().isPresent());
    }

    @Test
    void aLoadFailureIsOneSolverExceptionWithTheReason() {
        System.setProperty(CadicalLibrary.SIMULATE_FAILURE, "libcadical.a not found: apt-get install libcadical-dev");
        try {
            assertEquals(Optional.of("libcadical.a not found: apt-get install libcadical-dev"), CadicalLibrary.problem());
            SolverException e = assertThrows(SolverException.class, CadicalBackend::new);
            assertEquals("CaDiCaL is not available here: libcadical.a not found: apt-get install libcadical-dev",
                    e.getMessage());
        } finally {
            System.clearProperty(CadicalLibrary.SIMULATE_FAILURE);
        }
        assertTrue(CadicalLibrary.problem().isEmpty());
    }

    @Test
    void theSharedLibraryIsBuiltFromTheArchiveInOneMove(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("cache").resolve("libcadical.so");
        Optional<String> problem = CadicalLibrary.build(target);
        Assumptions.assumeTrue(problem.isEmpty() || !problem.get().contains("not found"),
                () -> "nothing to build from here: " + problem.orElse(""));
        assertEquals(Optional.empty(), problem);
        assertTrue(Files.size(target) > 100_000, "a whole CaDiCaL, not a stub");
        try (Stream<Path> files = Files.list(target.getParent())) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
        // a second build replaces the file in place
        assertEquals(Optional.empty(), CadicalLibrary.build(target));
        assertTrue(Files.isRegularFile(target));
    }
}
