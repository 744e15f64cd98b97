package org.mincirc.query;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mincirc.model.Document;
import org.mincirc.model.Expectation;
import org.mincirc.model.Predicate;

/** Which predicates a query evaluates: the reported ones, then any other an expect line names. */
final class Reports {
    private Reports() {}

    static List<Predicate> predicates(Document document, List<Predicate> reports, List<Expectation> expectations) {
        Map<String, Predicate> byName = new LinkedHashMap<>();
        reports.forEach(p -> byName.put(p.name(), p));
        expectations.forEach(e -> document.predicate(e.key()).ifPresent(p -> byName.putIfAbsent(p.name(), p)));
        return List.copyOf(byName.values());
    }
}
