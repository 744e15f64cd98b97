package org.mincirc.lang;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.antlr.v4.runtime.ParserRuleContext;
import org.mincirc.lang.antlr.MdpParser;
import org.mincirc.lang.antlr.MdpParser.CircuitDeclContext;
import org.mincirc.lang.antlr.MdpParser.IdentContext;
import org.mincirc.lang.antlr.MdpParser.InterfaceDeclContext;
import org.mincirc.lang.antlr.MdpParser.PredicateDeclContext;
import org.mincirc.lang.antlr.MdpParser.QueryDeclContext;
import org.mincirc.model.SourcePos;

/**
 * The top-level declarations of a file indexed by name, one namespace per kind (mdps, unions
 * and families share one, since a target names either). A duplicate is reported and dropped,
 * so later stages see each name once.
 */
final class Declarations {
    final List<InterfaceDeclContext> interfaces = new ArrayList<>();
    /** MdpDeclContext (plain or union) or FamilyDeclContext, in declaration order. */
    final Map<String, ParserRuleContext> tasks = new LinkedHashMap<>();
    /** Every mdp declaration (plain or union), duplicates included, to count mdps. */
    final List<IdentContext> mdpNames = new ArrayList<>();
    final Map<String, PredicateDeclContext> predicates = new LinkedHashMap<>();
    final Map<String, CircuitDeclContext> circuits = new LinkedHashMap<>();
    final Map<String, QueryDeclContext> queries = new LinkedHashMap<>();

    private final Reporter reporter;

    private Declarations(Reporter reporter) {
        this.reporter = reporter;
    }

    static Declarations collect(MdpParser.FileContext file, Reporter reporter) {
        Declarations d = new Declarations(reporter);
        for (MdpParser.DeclContext decl : file.decl()) {
            ParserRuleContext c = (ParserRuleContext) decl.getChild(0);
            if (c instanceof InterfaceDeclContext i) {
                d.interfaces.add(i);
            } else if (c instanceof MdpParser.MdpDeclContext m) {
                d.mdpNames.add(m.ident());
                d.add(d.tasks, m.ident(), m, "mdps and families share one namespace");
            } else if (c instanceof MdpParser.FamilyDeclContext f) {
                d.add(d.tasks, f.ident(), f, "mdps and families share one namespace");
            } else if (c instanceof PredicateDeclContext p) {
                d.add(d.predicates, p.ident(), p, null);
            } else if (c instanceof CircuitDeclContext k) {
                d.add(d.circuits, k.ident(), k, null);
            } else if (c instanceof QueryDeclContext q) {
                d.add(d.queries, q.ident(), q, "solve, lemma and eval queries share one namespace");
            }
        }
        return d;
    }

    /** The position of the name of a declaration kept in {@link #tasks}. */
    static IdentContext nameOf(ParserRuleContext decl) {
        if (decl instanceof MdpParser.MdpDeclContext m) {
            return m.ident();
        }
        if (decl instanceof MdpParser.FamilyDeclContext f) {
            return f.ident();
        }
        throw new IllegalArgumentException(decl.getClass().getName());
    }

    private <T extends ParserRuleContext> void add(Map<String, T> map, IdentContext name, T decl, String note) {
        String key = name.getText();
        T first = map.get(key);
        if (first == null) {
            map.put(key, decl);
            return;
        }
        SourcePos firstPos = reporter.at(firstName(first));
        reporter.error(reporter.at(name), DiagnosticCode.DUPLICATE_NAME,
                "the name " + key + " is already declared at " + Reporter.where(firstPos)
                        + (note == null ? "" : " (" + note + ")"));
    }

    private static IdentContext firstName(ParserRuleContext decl) {
        if (decl instanceof PredicateDeclContext p) {
            return p.ident();
        }
        if (decl instanceof CircuitDeclContext c) {
            return c.ident();
        }
        if (decl instanceof QueryDeclContext q) {
            return q.ident();
        }
        return nameOf(decl);
    }
}
