/**
 * Test-only brute-force oracle for {@code solve}: minimal b2 sizes of all functions of up to 3
 * inputs, exhaustive policy enumeration judged by {@code exact}, random {@code .mdp} texts.
 * Must not depend on {@code synth} or a solver: it is the independent referee of both.
 */
package org.mincirc.oracle;
