package org.mincirc.lang;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mincirc.lang.antlr.MdpParser;
import org.mincirc.model.CircuitDef;
import org.mincirc.model.Document;
import org.mincirc.model.Predicate;
import org.mincirc.model.Query;

/**
 * The semantic stage: from a syntactically valid tree to a {@link Document}, in the order the
 * names depend on each other (interface, then mdps/families/unions, then predicates, circuits,
 * queries). Every stage runs even after errors, so one load reports as much as it can.
 */
final class DocumentBuilder {
    private final Reporter reporter;
    private final MdpParser.FileContext tree;
    private final java.util.function.IntConsumer prismProgress;

    DocumentBuilder(Reporter reporter, MdpParser.FileContext tree, java.util.function.IntConsumer prismProgress) {
        this.reporter = reporter;
        this.tree = tree;
        this.prismProgress = prismProgress;
    }

    Document build() {
        Declarations decls = Declarations.collect(tree, reporter);
        InterfaceBuilder.Result encoding = new InterfaceBuilder(reporter).build(decls);
        MdpBuilder mdpBuilder = new MdpBuilder(reporter, encoding.iface(), encoding.checkCodes());
        PrismMdpBuilder prismBuilder = new PrismMdpBuilder(reporter, encoding.iface(), !decls.interfaces.isEmpty(),
                mdpBuilder, prismProgress);
        Tasks tasks = new Tasks(reporter, decls, mdpBuilder, prismBuilder);
        tasks.buildAll();
        StateNames names = new StateNames(reporter, tasks);
        PredicateResolver predicates = new PredicateResolver(reporter, decls, encoding.iface(), tasks, names);
        List<Predicate> predicateList = predicates.resolveAll();

        CircuitBuilder circuitBuilder = new CircuitBuilder(reporter, encoding.iface());
        Map<String, CircuitDef> circuits = new LinkedHashMap<>();
        decls.circuits.forEach((name, ctx) -> circuits.put(name, circuitBuilder.build(ctx)));

        QueryBuilder queryBuilder = new QueryBuilder(reporter, encoding.iface(), tasks, names, predicates, circuits,
                decls.predicates.keySet());
        List<Query> queries = new ArrayList<>();
        decls.queries.values().forEach(q -> queryBuilder.build(q).ifPresent(queries::add));

        return new Document(reporter.file(), encoding.iface(), tasks.mdps(), tasks.families(), predicateList,
                new ArrayList<>(circuits.values()), queries);
    }
}
