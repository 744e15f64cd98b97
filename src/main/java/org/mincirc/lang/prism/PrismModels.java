package org.mincirc.lang.prism;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntConsumer;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.mincirc.lang.Diagnostic;
import org.mincirc.lang.DiagnosticCode;
import org.mincirc.lang.prism.antlr.PrismLexer;
import org.mincirc.lang.prism.antlr.PrismParser;
import org.mincirc.model.Interface;
import org.mincirc.model.SourcePos;
import org.mincirc.model.State;
import org.mincirc.model.Valuations;

/**
 * The entry point: reads a PRISM file, checks it against the subset, explores its reachable
 * states and returns them as {@code model.State}s with codes from the observed variables, or
 * the diagnostics that stopped it (positions in the PRISM file, or in the .mdp braces for the
 * settings written there).
 */
public final class PrismModels {
    /** Most reachable states a model may have; minimal-circuit search is for small models. */
    public static final int STATE_LIMIT = 1_000_000;

    private PrismModels() {}

    /** {@code const N = 4;} from the .mdp braces; value is a BigFraction or a Boolean. */
    public record ConstantSetting(String name, Object value, SourcePos pos) {}

    /** {@code reward "steps";} or one name of {@code observe x, y;}, with its position in the .mdp file. */
    public record NamedSetting(String name, SourcePos pos) {}

    /**
     * What the .mdp file asks of a PRISM model.
     *
     * @param file     the PRISM file
     * @param fileRef  the position of its name in the .mdp file
     * @param observe  the observed variables in code order; empty: every variable in declaration order
     * @param progress told the number of explored states every 100,000 (may be null)
     */
    public record Request(Path file, SourcePos fileRef, Interface iface, List<ConstantSetting> constants,
                          Optional<NamedSetting> reward, List<NamedSetting> observe, IntConsumer progress) {
        public Request {
            constants = List.copyOf(constants);
            observe = List.copyOf(observe);
        }
    }

    /** The states (initial distribution uniform over PRISM's initial states), the labels as sets, and each state's values. */
    public record Built(List<State> states, Map<String, List<Integer>> labels, Valuations valuations) {}

    /** The model, or every diagnostic found. */
    public record Result(Optional<Built> built, List<Diagnostic> diagnostics) {}

    public static Result build(Request request) {
        String text;
        try {
            text = Files.readString(request.file(), StandardCharsets.UTF_8);
        } catch (java.nio.file.NoSuchFileException e) {
            return failed(request.fileRef(), "PRISM file " + request.file().getFileName()
                    + " does not exist; the path is relative to the .mdp file");
        } catch (IOException | RuntimeException e) {
            return failed(request.fileRef(), "cannot read PRISM file " + request.file().getFileName() + ": "
                    + (e instanceof java.nio.charset.CharacterCodingException ? "it is not valid UTF-8 text" : e.getMessage()));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        Positions positions = new Positions(request.file().toString());
        List<Diagnostic> syntax = new ArrayList<>();
        PrismParser.ModelContext tree = parse(positions, text, syntax);
        if (!syntax.isEmpty()) {
            return new Result(Optional.empty(), syntax);
        }
        ModelBuilder builder = new ModelBuilder(positions, request);
        Optional<Compiled> compiled = builder.build(tree);
        if (compiled.isEmpty()) {
            return new Result(Optional.empty(), builder.errors());
        }
        try {
            Explorer explorer = new Explorer(compiled.get(), STATE_LIMIT, request.fileRef(), request.progress());
            Explorer.Graph graph = explorer.explore();
            return new Result(Optional.of(new Assembly(compiled.get(), request, explorer).build(graph)), List.of());
        } catch (PrismError e) {
            return new Result(Optional.empty(), List.of(e.diagnostic()));
        }
    }

    private static Result failed(SourcePos pos, String message) {
        return new Result(Optional.empty(), List.of(new Diagnostic(pos, DiagnosticCode.PRISM_FILE, message)));
    }

    private static PrismParser.ModelContext parse(Positions positions, String text, List<Diagnostic> out) {
        BaseErrorListener listener = new BaseErrorListener() {
            @Override
            public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int col, String msg,
                                    RecognitionException e) {
                out.add(new Diagnostic(new SourcePos(positions.file(), line, col + 1), DiagnosticCode.PRISM_SYNTAX,
                        msg.replace("mismatched input", "unexpected").replace("extraneous input", "unexpected")
                                .replace("token recognition error at:", "unexpected character")
                                + " (mincirc reads a subset of the PRISM language, see docs/language.md)"));
            }
        };
        PrismLexer lexer = new PrismLexer(CharStreams.fromString(text, positions.file()));
        lexer.removeErrorListeners();
        lexer.addErrorListener(listener);
        PrismParser parser = new PrismParser(new CommonTokenStream(lexer));
        parser.removeErrorListeners();
        parser.addErrorListener(listener);
        return parser.model();
    }
}
