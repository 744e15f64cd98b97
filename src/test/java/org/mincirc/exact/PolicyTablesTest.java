package org.mincirc.exact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mincirc.exact.Models.iface;
import static org.mincirc.exact.Models.mdp;
import static org.mincirc.exact.Models.q;

import java.util.LinkedHashMap;
import java.util.Map;
import org.mincirc.model.Action;
import org.mincirc.model.Interface;
import org.mincirc.model.Mdp;
import org.mincirc.model.PolicySource;
import org.mincirc.model.SourcePos;
import org.mincirc.model.StateRef;
import org.junit.jupiter.api.Test;

class PolicyTablesTest {
    private final Interface iface = iface(2, "cooperate", "defect");
    private final Action cooperate = iface.action("cooperate").orElseThrow();
    private final Action defect = iface.action("defect").orElseThrow();
    private final Mdp train = mdp("Train", iface).horizon(2)
            .state("s0", "00", "1").act("cooperate", "1", "s1").act("defect", "-1", "s1")
            .state("s1", "10").act("cooperate", "1").act("defect", "2")
            .state("s2", "10").act("cooperate", "0").build();
    private final Mdp bad = mdp("Bad", iface).horizon(2)
            .state("b0", "00", "1").act("cooperate", "0").act("defect", "3").build();

    private static PolicySource.Table table(Object... refsAndActions) {
        Map<StateRef, Action> m = new LinkedHashMap<>();
        for (int i = 0; i < refsAndActions.length; i += 2) {
            m.put((StateRef) refsAndActions[i], (Action) refsAndActions[i + 1]);
        }
        return new PolicySource.Table(m, SourcePos.NONE);
    }

    private StateRef ref(Mdp m, String s) {
        return m.ref(s).orElseThrow();
    }

    @Test
    void tableBecomesACodeFunction() throws Exception {
        Policy p = PolicyTables.fromTable(table(ref(train, "s0"), cooperate, ref(train, "s1"), defect), iface);
        assertEquals(0, p.output(0b00).getAsInt());
        assertEquals(1, p.output(0b01).getAsInt());   // code 10: digit 0 is input 0
        assertTrue(p.output(0b10).isEmpty());
        assertEquals(q("3"), Returns.of(train, p));
        assertEquals(q("0"), Returns.of(bad, p));     // b0 shares code 00 with s0: cooperate
    }

    @Test
    void sameCodeSameActionIsFine() throws Exception {
        Policy p = PolicyTables.fromTable(table(ref(train, "s0"), defect, ref(bad, "b0"), defect), iface);
        assertEquals(q("3"), Returns.of(bad, p));
    }

    @Test
    void conflictingActionsOnOneCodeNameBothStates() {
        InvalidPolicyException e = assertThrows(InvalidPolicyException.class, () -> PolicyTables.fromTable(
                table(ref(train, "s0"), cooperate, ref(train, "s1"), cooperate, ref(bad, "b0"), defect), iface));
        assertEquals("states Train.s0 and Bad.b0 share code 00 but the table gives them different actions"
                + " (cooperate, defect); a policy is a function of codes", e.getMessage());
        assertEquals(ref(bad, "b0"), e.state());
    }

    @Test
    void anActionTheStateLacksIsNamed() {
        InvalidPolicyException e = assertThrows(InvalidPolicyException.class,
                () -> PolicyTables.fromTable(table(ref(train, "s2"), defect), iface));
        assertEquals("state Train.s2 (code 10) is given defect, which is not an action of that state"
                + " (its actions: cooperate)", e.getMessage());
    }

    @Test
    void missingReachedStateIsReportedByReturns() throws Exception {
        Policy p = PolicyTables.fromTable(table(ref(train, "s0"), cooperate), iface);
        InvalidPolicyException e = assertThrows(InvalidPolicyException.class, () -> Returns.of(train, p));
        assertEquals("state Train.s1 (code 10) is reached but the policy gives it no action", e.getMessage());
    }
}
