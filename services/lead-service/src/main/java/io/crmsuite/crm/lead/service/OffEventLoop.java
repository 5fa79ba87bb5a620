package io.crmsuite.crm.lead.service;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.util.concurrent.Callable;

/**
 * Runs CPU-heavy work (parsing and validating an import of up to 100,000 rows) on a worker thread, and resumes on the
 * caller's Vert.x context, so the event loop stays free and Hibernate Reactive continues on its own context.
 */
final class OffEventLoop {
    private OffEventLoop() {}

    static <T> Uni<T> run(Callable<T> work) {
        Context context = Vertx.currentContext();
        if (context == null) {
            return Uni.createFrom().item(() -> {
                try {
                    return work.call();
                } catch (RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        }
        return Uni.createFrom()
                .emitter(emitter -> context.executeBlocking(work, false).onComplete(result -> {
                    if (result.succeeded()) {
                        emitter.complete(result.result());
                    } else {
                        emitter.fail(result.cause());
                    }
                }));
    }
}
