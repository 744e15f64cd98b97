/**
 * The immutable model of a loaded {@code .mdp} file: interface, MDPs, families, predicates,
 * circuits and queries. It is the single source of truth after parsing and depends on nothing
 * else of mincirc (no ANTLR types, no solvers).
 */
package org.mincirc.model;
