package io.crmsuite.crm.persistence;

import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Work that starts without a request — a batch of group-committed captures, an import chunk, a round started by hand —
 * on a new Vert.x duplicated context of its own, where Hibernate Reactive may open its session, kept apart from the
 * session of whatever triggered it. Public Quarkus API only: {@link VertxContextSupport#subscribe} creates and marks
 * the context; it must be called off the event loop, so the start hops through a worker thread (microseconds; for work
 * of a transaction or more). The Uni's item is delivered on the new context.
 */
public final class BackgroundWork {
    private BackgroundWork() {}

    /** Runs {@code work} on a new duplicated context; the item or failure of its Uni. */
    public static <T> Uni<T> run(Supplier<Uni<T>> work) {
        return Uni.createFrom().emitter(emitter -> {
            AtomicBoolean done = new AtomicBoolean();
            Infrastructure.getDefaultWorkerPool()
                    .execute(() -> VertxContextSupport.<T>subscribe(
                            () -> work.get().toMulti(),
                            subscribe -> subscribe.with(
                                    item -> {
                                        if (done.compareAndSet(false, true)) {
                                            emitter.complete(item);
                                        }
                                    },
                                    failure -> {
                                        if (done.compareAndSet(false, true)) {
                                            emitter.fail(failure);
                                        }
                                    },
                                    () -> {
                                        if (done.compareAndSet(false, true)) {
                                            emitter.complete(null);
                                        }
                                    })));
        });
    }

    /** Starts {@code work} on a new duplicated context and returns at once; its failure is left to {@code work}. */
    public static void start(Supplier<Uni<?>> work) {
        run(work::get).subscribe().with(item -> {}, failure -> {});
    }
}
