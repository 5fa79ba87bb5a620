package io.crmsuite.crm.persistence;

import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Work that starts without a request — a batch of group-committed captures, an import chunk, a round started by hand —
 * on a Vert.x context of its own, where Hibernate Reactive may open its session (public Quarkus API:
 * {@link VertxContextSupport}). Its own context also keeps its session apart from the request that triggered it.
 */
public final class BackgroundWork {
    private BackgroundWork() {}

    /** Runs {@code work} on a new duplicated context; the item or failure of its Uni. */
    public static <T> Uni<T> run(Supplier<Uni<T>> work) {
        return Uni.createFrom().emitter(emitter -> {
            AtomicBoolean done = new AtomicBoolean();
            VertxContextSupport.<T>subscribe(
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
                            }));
        });
    }

    /** Starts {@code work} on a new duplicated context and returns at once; a failure is left to {@code work}. */
    public static void start(Supplier<Uni<?>> work) {
        VertxContextSupport.subscribe(
                () -> work.get().toMulti(), subscribe -> subscribe.with(item -> {}, failure -> {}));
    }
}
