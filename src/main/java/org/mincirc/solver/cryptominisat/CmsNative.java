package org.mincirc.solver.cryptominisat;

import com.sun.jna.IntegerType;
import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.Structure;

/**
 * The part of cryptominisat_c.h the backend uses, interface-mapped: calls go per clause and per
 * solve, not per literal, so the mapping's cost does not matter, and it can return the header's
 * small structs by value. C {@code bool} is one byte, so it is mapped to {@code byte} (JNA's
 * {@code boolean} is a four-byte int, whose upper bytes a {@code bool} return leaves undefined).
 * A {@code c_Lit} array is an array of uint32, passed as {@code int[]}.
 */
interface CmsNative extends Library {
    /** Every function called, checked up front so a wrong library fails the probe, not a solve. */
    String[] FUNCTIONS = {
        "cmsat_new", "cmsat_free", "cmsat_new_vars", "cmsat_add_clause", "cmsat_add_xor_clause",
        "cmsat_solve_with_assumptions", "cmsat_get_model", "cmsat_set_num_threads", "cmsat_set_verbosity",
        "cmsat_set_max_time",
    };

    /**
     * {@code CMSat::SATSolver::interrupt_asap()}, which the C API lacks: a C++ member function
     * that takes the object as its only argument (Itanium C++ ABI, as on Linux and macOS), and
     * the C API's {@code SATSolver*} is that object. Optional: without it the limit is CPU time.
     */
    String INTERRUPT_SYMBOL = "_ZN5CMSat9SATSolver14interrupt_asapEv";

    /** c_lbool's values. */
    byte L_TRUE = 0;
    byte L_FALSE = 1;
    byte L_UNDEF = 2;

    Pointer cmsat_new();

    void cmsat_free(Pointer solver);

    void cmsat_new_vars(Pointer solver, SizeT n);

    byte cmsat_add_clause(Pointer solver, int[] lits, SizeT numLits);

    byte cmsat_add_xor_clause(Pointer solver, int[] vars, SizeT numVars, byte rhs);

    LBool.ByValue cmsat_solve_with_assumptions(Pointer solver, int[] assumptions, SizeT numAssumptions);

    SliceLBool.ByValue cmsat_get_model(Pointer solver);

    void cmsat_set_num_threads(Pointer solver, int n);

    void cmsat_set_verbosity(Pointer solver, int n);

    void cmsat_set_max_time(Pointer solver, double maxTime);

    /** C size_t, whatever its width on this platform. */
    final class SizeT extends IntegerType {
        public SizeT() {
            this(0);
        }

        public SizeT(long value) {
            super(Native.SIZE_T_SIZE, value, true);
        }
    }

    /** typedef struct c_lbool { uint8_t x; } c_lbool; returned by value. */
    @Structure.FieldOrder("x")
    class LBool extends Structure {
        public byte x;

        public static final class ByValue extends LBool implements Structure.ByValue {}
    }

    /** typedef struct slice_lbool { const c_lbool* vals; size_t num_vals; } slice_lbool; returned by value. */
    @Structure.FieldOrder({"vals", "num_vals"})
    class SliceLBool extends Structure {
        public Pointer vals;
        public SizeT num_vals;

        public static final class ByValue extends SliceLBool implements Structure.ByValue {}
    }
}
