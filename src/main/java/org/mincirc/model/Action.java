package org.mincirc.model;

/** An action of the interface and the output code the circuit emits to choose it. */
public record Action(String name, int code) {
    @Override
    public String toString() {
        return name;
    }
}
