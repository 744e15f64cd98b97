package org.mincirc.lang.prism;

/** The static type of a PRISM expression (manual: "integer, double or Boolean"); double values are exact rationals here. */
enum Type {
    BOOL("a Boolean"), INT("an integer"), RATIONAL("a number");

    private final String article;

    Type(String article) {
        this.article = article;
    }

    boolean numeric() {
        return this != BOOL;
    }

    /** "a Boolean", "an integer": for messages. */
    String described() {
        return article;
    }

    /** The type of a numeric operation on a and b other than division. */
    static Type join(Type a, Type b) {
        return a == INT && b == INT ? INT : RATIONAL;
    }
}
