package policysearch.search;

import java.io.IOException;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * The plan a search ends with and what running it found: the query's own plan when it finds anything, else the first
 * of its wider {@link Reach reaches}, in order, that does (else the own plan's empty answer). Every engine and every
 * kind of answer (a page, a count, an export) falls back the same way through this.
 */
record Reached<R>(Plan plan, R found) {
    /** Runs a plan: a page of hits, a count. */
    interface Run<R> {
        R run(Plan plan) throws IOException;
    }

    /** The plan of a wider reach of the same query. */
    interface Widen {
        Plan plan(Reach reach) throws IOException;
    }

    /** {@code plan}'s answer, or the first of {@code reaches} to find something; {@code total} says how much was found. */
    static <R> Reached<R> first(Plan plan, List<Reach> reaches, Widen widen, Run<R> run, ToLongFunction<R> total)
            throws IOException {
        R found = run.run(plan);
        if (total.applyAsLong(found) > 0) {
            return new Reached<>(plan, found);
        }
        for (Reach reach : reaches) {
            Plan wider = widen.plan(reach);
            R again = run.run(wider);
            if (total.applyAsLong(again) > 0) {
                return new Reached<>(wider, again);
            }
        }
        return new Reached<>(plan, found);
    }
}
