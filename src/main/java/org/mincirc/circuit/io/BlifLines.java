package org.mincirc.circuit.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** BLIF's logical lines: '#' comments removed, '\' continuations joined, split into tokens. */
final class BlifLines {
    private BlifLines() {}

    /** A non-empty logical line and the number of the physical line where it starts. */
    record Line(int number, List<String> tokens) {}

    static List<Line> of(String text) {
        String[] physical = text.split("\r?\n|\r", -1);
        List<Line> lines = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        int start = 0;
        for (int i = 0; i < physical.length; i++) {
            String s = physical[i];
            int hash = s.indexOf('#');
            if (hash >= 0) {
                s = s.substring(0, hash);
            }
            s = s.stripTrailing();
            if (pending.length() == 0) {
                start = i + 1;
            }
            boolean continues = s.endsWith("\\");
            if (continues) {
                s = s.substring(0, s.length() - 1);
            }
            pending.append(s).append(' ');
            if (!continues || i == physical.length - 1) {
                String joined = pending.toString().strip();
                pending.setLength(0);
                if (!joined.isEmpty()) {
                    lines.add(new Line(start, List.copyOf(Arrays.asList(joined.split("\\s+")))));
                }
            }
        }
        return lines;
    }
}
