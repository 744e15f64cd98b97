package org.mincirc.solver.cadical;

import com.sun.jna.Callback;
import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Pointer;

/**
 * The part of ccadical.h the backend uses, bound by JNA's direct mapping: ccadical_add is called
 * once per literal, and direct calls cost a fraction of interface-mapped ones. Registered by
 * {@link CadicalLibrary} once the library is found; calling anything before that is an
 * {@link UnsatisfiedLinkError}.
 */
final class CadicalNative {
    /** Every function called here, checked up front so a wrong library fails the probe, not a solve. */
    static final String[] FUNCTIONS = {
        "ccadical_signature", "ccadical_init", "ccadical_release", "ccadical_add", "ccadical_assume",
        "ccadical_solve", "ccadical_val", "ccadical_set_terminate", "ccadical_set_option",
    };

    private CadicalNative() {}

    static void register(NativeLibrary library) {
        Native.register(CadicalNative.class, library);
    }

    /** int (*terminate)(void *state): non-zero asks the running solve to stop. */
    interface TerminateCallback extends Callback {
        int invoke(Pointer state);
    }

    static native String ccadical_signature();

    static native Pointer ccadical_init();

    static native void ccadical_release(Pointer solver);

    static native void ccadical_add(Pointer solver, int lit);

    static native void ccadical_assume(Pointer solver, int lit);

    static native int ccadical_solve(Pointer solver);

    static native int ccadical_val(Pointer solver, int lit);

    static native void ccadical_set_terminate(Pointer solver, Pointer state, TerminateCallback terminate);

    static native void ccadical_set_option(Pointer solver, String name, int value);
}
