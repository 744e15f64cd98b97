package org.mincirc.oracle;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.mincirc.model.Document;
import org.mincirc.model.Query;
import org.mincirc.query.QueryResult;
import org.mincirc.solver.BackendFactory;

/**
 * A sample of the random oracle files (the first {@code -Dz3.cases=N}, default 10, of every kind,
 * stochastic and discounted included, and a few family-versus-union files) solved on z3: its
 * answers must match the brute-force oracle and sat4j's.
 */
class RandomAcrossBackendsTest {
    static final int CASES = Integer.getInteger("z3.cases", 10);
    static final int UNION_CASES = Integer.getInteger("z3.unionCases", 4);

    @BeforeAll
    static void needsZ3() {
        Assumptions.assumeTrue(BackendFactory.unavailability("z3").isEmpty(),
                () -> "z3 does not load here: " + BackendFactory.unavailability("z3"));
    }

    private static void compare(RandomMdps.Case c, String queryName) {
        Document doc = OracleCases.load(c.name(), c.text());
        Query.Solve query = OracleCases.solve(doc, queryName);
        PolicyOracle.Verdict v = OracleCases.verdict(c, queryName);
        QueryResult z3 = InstancesAcrossBackendsTest.run(doc, query, "z3");
        QueryResult sat4j = InstancesAcrossBackendsTest.run(doc, query, "sat4j");
        List<String> problems = new ArrayList<>();
        OracleCases.mismatches(doc.iface(), query, v, z3).forEach(p -> problems.add("z3 vs oracle: " + p));
        BackendAgreement.differences(sat4j, z3).forEach(p -> problems.add("sat4j vs z3: " + p));
        assertTrue(problems.isEmpty(), () -> c.name() + " query " + queryName + ": " + String.join("; ", problems)
                + "\n--- oracle ---\n" + v.describe(doc.iface()) + "--- file ---\n" + c.text());
    }

    @TestFactory
    Stream<DynamicTest> everyKindAgreesWithTheOracleAndSat4j() {
        return Arrays.stream(RandomMdps.Kind.values())
                .flatMap(kind -> IntStream.range(0, CASES).mapToObj(i -> RandomMdps.generate(kind, i)))
                .map(c -> DynamicTest.dynamicTest(c.name(), () -> compare(c, "q")));
    }

    @TestFactory
    Stream<DynamicTest> familyAndUnionAgree() {
        return IntStream.range(0, UNION_CASES).mapToObj(RandomMdps::familyAndUnion)
                .map(c -> DynamicTest.dynamicTest(c.name(), () -> {
                    compare(c, "onFamily");
                    compare(c, "onUnion");
                }));
    }
}
