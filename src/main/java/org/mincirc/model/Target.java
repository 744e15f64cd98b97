package org.mincirc.model;

/** What a query or a return atom is about: one mdp or a weighted family of mdps. */
public sealed interface Target permits Mdp, Family {
    String name();

    SourcePos pos();
}
