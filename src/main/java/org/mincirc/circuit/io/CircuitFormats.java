package org.mincirc.circuit.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.mincirc.circuit.Circuit;

/**
 * The one entry point for circuit files. Formats by extension or name: {@code blif}, {@code aag}
 * (ascii AIGER), {@code aig} (binary AIGER), {@code v} (structural Verilog), {@code dot}
 * (Graphviz). Writes all five; reads blif, aag and aig.
 */
public final class CircuitFormats {
    /** Model, module or graph name when none is given. */
    public static final String DEFAULT_NAME = "circuit";

    private CircuitFormats() {}

    /** Writes the circuit in the format named by the file's extension; the model is named after the file. */
    public static void write(Circuit c, Path file) throws IOException {
        String format = extension(file);
        String name = baseName(file);
        if (format.equals("aig")) {
            Files.write(file, AigerWriter.binary(c));
        } else {
            Files.writeString(file, toText(c, format, name), StandardCharsets.UTF_8);
        }
    }

    /** The circuit as text: format {@code blif}, {@code aag}, {@code v} (or {@code verilog}) or {@code dot}. */
    public static String toText(Circuit c, String format) {
        return toText(c, format, DEFAULT_NAME);
    }

    /** As {@link #toText(Circuit, String)}, naming the model, module or graph (sanitized per format). */
    public static String toText(Circuit c, String format, String name) {
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "blif" -> BlifWriter.write(c, name);
            case "aag" -> AigerWriter.ascii(c);
            case "v", "verilog" -> VerilogWriter.write(c, name);
            case "dot" -> DotWriter.write(c, name);
            case "aig" -> throw new IllegalArgumentException("aig is binary: use toBytes(c, \"aig\") or write to a .aig file");
            default -> throw new IllegalArgumentException(unknownWrite(format));
        };
    }

    /** The bytes of any format (text formats in UTF-8); {@code aig} is binary AIGER. */
    public static byte[] toBytes(Circuit c, String format) {
        if (format.equalsIgnoreCase("aig")) {
            return AigerWriter.binary(c);
        }
        return toText(c, format).getBytes(StandardCharsets.UTF_8);
    }

    /** Reads a .blif, .aag or .aig file; errors name the file and, where known, the line. */
    public static Circuit read(Path file) throws IOException, FormatException {
        String format = extension(file);
        if (!format.equals("blif") && !format.equals("aag") && !format.equals("aig")) {
            throw new FormatException(0, "cannot read '." + format + "' files; mincirc reads .blif, .aag and .aig")
                    .withSource(file.toString());
        }
        try {
            return parse(Files.readAllBytes(file), format);
        } catch (FormatException e) {
            throw e.withSource(file.toString());
        }
    }

    /** Parses file content: format {@code blif}, {@code aag} or {@code aig} (the AIGER header decides ascii or binary). */
    public static Circuit parse(byte[] content, String format) throws FormatException {
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "blif" -> BlifReader.read(new String(content, StandardCharsets.UTF_8));
            case "aag", "aig" -> AigerReader.read(content);
            default -> throw new FormatException(0, "cannot read format '" + format + "'; use blif, aag or aig");
        };
    }

    /** Parses text in format {@code blif} or {@code aag}. */
    public static Circuit parse(String text, String format) throws FormatException {
        return parse(text.getBytes(StandardCharsets.UTF_8), format);
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? name : name.substring(0, dot);
    }

    private static String unknownWrite(String format) {
        return "unknown circuit format '" + format + "'; use blif, aag, aig, v or dot";
    }
}
