package org.mincirc.query;

import java.util.Optional;

/**
 * One kind picked out of a result, for code that handles that kind alone (a chart of a profile,
 * the solves of a series' members): the result itself when it is of the kind, else empty. The
 * visitor that does it lives here once, so a new result kind is one more method in
 * {@link Picker}, not in every caller.
 */
public final class ResultKinds {
    private ResultKinds() {}

    public static Optional<SolveResult> solve(QueryResult r) {
        return r.accept(new Picker<SolveResult>() {
            @Override
            public Optional<SolveResult> solve(SolveResult x) {
                return Optional.of(x);
            }
        });
    }

    public static Optional<ProfileResult> profile(QueryResult r) {
        return r.accept(new Picker<ProfileResult>() {
            @Override
            public Optional<ProfileResult> profile(ProfileResult x) {
                return Optional.of(x);
            }
        });
    }

    public static Optional<SeriesResult> series(QueryResult r) {
        return r.accept(new Picker<SeriesResult>() {
            @Override
            public Optional<SeriesResult> series(SeriesResult x) {
                return Optional.of(x);
            }
        });
    }

    /** Empty for every kind; each picker overrides the one kind it keeps. */
    private abstract static class Picker<T> implements QueryResult.Visitor<Optional<T>> {
        @Override
        public Optional<T> eval(EvalResult r) {
            return Optional.empty();
        }

        @Override
        public Optional<T> solve(SolveResult r) {
            return Optional.empty();
        }

        @Override
        public Optional<T> lemma(LemmaResult r) {
            return Optional.empty();
        }

        @Override
        public Optional<T> profile(ProfileResult r) {
            return Optional.empty();
        }

        @Override
        public Optional<T> series(SeriesResult r) {
            return Optional.empty();
        }

        @Override
        public Optional<T> failed(FailedResult r) {
            return Optional.empty();
        }

        @Override
        public Optional<T> unsupported(UnsupportedResult r) {
            return Optional.empty();
        }
    }
}
