package io.crmsuite.crm.rest.problem.mapping;

import io.smallrye.mutiny.CompositeException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Looks through the wrappers that reactive code puts around a failure. */
public final class Failures {
    private static final int MAX_DEPTH = 16;
    private static final String UNIQUE_VIOLATION = "23505";

    private Failures() {}

    /** The failures a wrapper stands for (all causes of a {@link CompositeException}); empty for a non-wrapper. */
    public static List<Throwable> unwrap(Throwable failure) {
        if (failure instanceof CompositeException composite) {
            return composite.getCauses();
        }
        boolean wrapper = failure instanceof CompletionException
                || failure instanceof ExecutionException
                || failure instanceof UndeclaredThrowableException
                || failure instanceof InvocationTargetException
                || failure.getClass().getName().equals("io.quarkus.arc.ArcUndeclaredThrowableException");
        return wrapper && failure.getCause() != null ? List.of(failure.getCause()) : List.of();
    }

    /**
     * Whether an optimistic-lock failure ({@code org.hibernate.StaleStateException} such as
     * {@code StaleObjectStateException}, or {@code jakarta.persistence.OptimisticLockException}) is the failure, one of
     * its causes, or inside a {@link CompositeException}.
     */
    public static boolean isOptimisticLockFailure(Throwable failure) {
        return anyInChain(failure, Failures::isOptimisticLockType);
    }

    /**
     * Whether a PostgreSQL unique violation (SQL state 23505, from the reactive client or wrapped by Hibernate) is the
     * failure, one of its causes, or inside a {@link CompositeException}.
     */
    public static boolean isUniqueViolation(Throwable failure) {
        return anyInChain(failure, Failures::isUniqueViolationType);
    }

    private static boolean anyInChain(Throwable failure, java.util.function.Predicate<Throwable> test) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Throwable> pending = new ArrayList<>(List.of(failure));
        while (!pending.isEmpty() && seen.size() < MAX_DEPTH * 4) {
            Throwable current = pending.removeFirst();
            if (current == null || !seen.add(current)) {
                continue;
            }
            if (test.test(current)) {
                return true;
            }
            if (current instanceof CompositeException composite) {
                pending.addAll(composite.getCauses());
            }
            pending.add(current.getCause());
        }
        return false;
    }

    private static boolean isUniqueViolationType(Throwable failure) {
        return (failure instanceof io.vertx.pgclient.PgException pg && UNIQUE_VIOLATION.equals(pg.getSqlState()))
                || (failure instanceof org.hibernate.exception.ConstraintViolationException constraint
                        && UNIQUE_VIOLATION.equals(constraint.getSQLState()));
    }

    private static boolean isOptimisticLockType(Throwable failure) {
        return failure instanceof org.hibernate.StaleStateException
                || failure instanceof jakarta.persistence.OptimisticLockException
                || failure instanceof org.hibernate.dialect.lock.OptimisticEntityLockException;
    }
}
