package org.mincirc.lang;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.antlr.v4.runtime.tree.ParseTree;
import org.mincirc.lang.antlr.MdpParser;
import org.mincirc.lang.antlr.MdpParser.PredicateDeclContext;
import org.mincirc.model.Interface;
import org.mincirc.model.Predicate;

/**
 * Resolves the predicates of a file in dependency order, so that each {@code Expr.Ref} holds
 * the already-built {@link Predicate} it names. Cycles are reported once each, naming the
 * cycle ({@code a -> b -> a}); predicates on a cycle are left out.
 */
final class PredicateResolver implements ExprBuilder.Predicates {
    private final Reporter reporter;
    private final Map<String, PredicateDeclContext> decls;
    private final Interface iface;
    private final Tasks tasks;
    private final StateNames names;
    private final Map<String, Predicate> built = new HashMap<>();
    private final Set<String> cyclic = new HashSet<>();

    PredicateResolver(Reporter reporter, Declarations declarations, Interface iface, Tasks tasks, StateNames names) {
        this.reporter = reporter;
        this.decls = declarations.predicates;
        this.iface = iface;
        this.tasks = tasks;
        this.names = names;
    }

    /** Every predicate in declaration order (those on a cycle left out). */
    List<Predicate> resolveAll() {
        findCycles();
        List<Predicate> result = new ArrayList<>();
        for (String name : decls.keySet()) {
            resolve(name).ifPresent(result::add);
            if (cyclic.contains(name)) {
                // Left out, but its body's other errors (an unknown state, say) still count;
                // references into the cycle build as constants, so this terminates.
                expressions().build(decls.get(name).expr());
            }
        }
        return result;
    }

    /**
     * A fresh expression builder over these predicates (for a predicate body or a query's
     * {@code require}); fresh because its scope of bound variables must not leak between bodies.
     */
    ExprBuilder expressions() {
        return new ExprBuilder(reporter, iface, tasks, names, this);
    }

    @Override
    public Optional<Predicate> resolve(String name) {
        Predicate done = built.get(name);
        if (done != null) {
            return Optional.of(done);
        }
        PredicateDeclContext decl = decls.get(name);
        if (decl == null || cyclic.contains(name)) {
            return Optional.empty();
        }
        // No cycle reaches here, so the recursion through references terminates.
        Predicate p = new Predicate(name, expressions().build(decl.expr()), reporter.at(decl.ident()));
        built.put(name, p);
        return Optional.of(p);
    }

    @Override
    public boolean isDeclared(String name) {
        return decls.containsKey(name);
    }

    private void findCycles() {
        Map<String, Set<String>> edges = new LinkedHashMap<>();
        decls.forEach((name, decl) -> {
            Set<String> refs = new LinkedHashSet<>();
            collectReferences(decl.expr(), refs);
            refs.retainAll(decls.keySet());
            edges.put(name, refs);
        });
        Set<String> finished = new HashSet<>();
        for (String start : decls.keySet()) {
            visit(start, edges, new ArrayList<>(), finished);
        }
    }

    /** Depth-first search; a name already on the path closes a cycle. */
    private void visit(String name, Map<String, Set<String>> edges, List<String> path, Set<String> finished) {
        if (finished.contains(name)) {
            return;
        }
        int onPath = path.indexOf(name);
        if (onPath >= 0) {
            List<String> cycle = new ArrayList<>(path.subList(onPath, path.size()));
            cycle.add(name);
            cyclic.addAll(cycle);
            reporter.error(reporter.at(decls.get(name).ident()), DiagnosticCode.PREDICATE_CYCLE,
                    "predicates refer to each other in a cycle: " + String.join(" -> ", cycle));
            return;
        }
        path.add(name);
        for (String next : edges.get(name)) {
            visit(next, edges, path, finished);
        }
        path.remove(path.size() - 1);
        finished.add(name);
    }

    private static void collectReferences(ParseTree tree, Set<String> out) {
        if (tree instanceof MdpParser.RefAtomContext ref && ref.qname().ident().size() == 1) {
            out.add(ref.qname().getText());
            return;
        }
        for (int i = 0; i < tree.getChildCount(); i++) {
            collectReferences(tree.getChild(i), out);
        }
    }
}
