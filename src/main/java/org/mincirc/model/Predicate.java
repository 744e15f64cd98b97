package org.mincirc.model;

/** A named predicate over policies, such as the deception predicate C. */
public record Predicate(String name, Expr body, SourcePos pos) {}
