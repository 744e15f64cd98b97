package org.mincirc.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mincirc.query.QueryResult;

/**
 * The instance library as a Markdown table ({@code mincirc catalog}): per file, what it shows
 * (the first sentence of its header comment) and its queries with their key results. The
 * README embeds this output, and a test keeps the two equal.
 */
public final class CatalogTable {
    private CatalogTable() {}

    /** One catalogued file: its path as given and its header's first sentence. */
    public record Entry(String file, String shows) {}

    public static String render(List<Entry> entries, List<QueryResult> results) {
        Map<String, List<String>> byFile = new LinkedHashMap<>();
        for (QueryResult r : results) {
            byFile.computeIfAbsent(r.file(), f -> new ArrayList<>()).add(KeyResults.of(r));
        }
        StringBuilder out = new StringBuilder();
        out.append("| file | what it shows | queries and key results |\n");
        out.append("| --- | --- | --- |\n");
        for (Entry e : entries) {
            List<String> queries = byFile.getOrDefault(e.file(), List.of());
            out.append("| `").append(e.file()).append("` | ").append(cell(e.shows())).append(" | ")
                    .append(queries.stream().map(CatalogTable::cell).reduce((a, b) -> a + "<br>" + b).orElse(""))
                    .append(" |\n");
        }
        return out.toString();
    }

    /** A table cell: no line breaks, and '|' escaped so it cannot split the row. */
    private static String cell(String text) {
        return text.replace("\n", " ").replace("|", "\\|");
    }
}
