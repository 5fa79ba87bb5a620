package io.crmsuite.crm.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crmsuite.crm.testkit.CrmInfraTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * One run at a time across replicas, against the real PostgreSQL: two {@link JobLeases} with their own owner names
 * play two replicas. Racing for the same job round after round, never both run; a replica that dies holding the lease
 * blocks the job only until the lease expires, then the other picks the work up once.
 */
@QuarkusTest
@QuarkusTestResource(
        value = CrmInfraTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "crm_kit_persistence"))
class JobLeasesIT {

    @Test
    void twoReplicasRacingForAJobNeverRunItAtTheSameTime() throws Exception {
        String job = "race-" + UUID.randomUUID();
        JobLeases a = new JobLeases("replica-a");
        JobLeases b = new JobLeases("replica-b");
        AtomicInteger running = new AtomicInteger();
        AtomicInteger overlaps = new AtomicInteger();
        AtomicInteger runs = new AtomicInteger();
        int contended = 0;
        ExecutorService replicas = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 20; round++) {
                List<Callable<Optional<Integer>>> both = new ArrayList<>();
                for (JobLeases replica : List.of(a, b)) {
                    both.add(() -> onContext(() -> replica.runExclusively(job, Duration.ofMinutes(1), () -> {
                        if (running.incrementAndGet() > 1) {
                            overlaps.incrementAndGet();
                        }
                        runs.incrementAndGet();
                        // the work takes a while, so that the other replica's attempt falls inside it
                        return Uni.createFrom()
                                .item(1)
                                .onItem()
                                .delayIt()
                                .by(Duration.ofMillis(50))
                                .invoke(() -> running.decrementAndGet());
                    })));
                }
                int ran = 0;
                for (Future<Optional<Integer>> outcome : replicas.invokeAll(both)) {
                    ran += outcome.get().isPresent() ? 1 : 0;
                }
                assertTrue(ran >= 1 && ran <= 2, "round " + round + ": " + ran);
                contended += ran == 1 ? 1 : 0;
            }
        } finally {
            replicas.shutdownNow();
        }
        assertEquals(0, overlaps.get(), "runs overlapping across replicas");
        // the two attempts of a round met (one skipped because the other held the lease), not merely took turns
        assertTrue(contended > 0, "no round where one replica had to skip");
        assertTrue(runs.get() >= 20, "every round ran on some replica: " + runs.get());
    }

    @Test
    void aLeaseLeftByADeadReplicaExpiresAndTheWorkIsPickedUpOnce() throws Throwable {
        String job = "dead-" + UUID.randomUUID();
        JobLeases dead = new JobLeases("replica-dead");
        JobLeases alive = new JobLeases("replica-alive");
        // the dead replica took the lease and never released it (killed mid-run)
        assertTrue(onContext(() -> dead.acquire(job, Duration.ofSeconds(2))));
        AtomicInteger done = new AtomicInteger();
        Optional<Integer> blocked = onContext(() -> alive.runExclusively(
                job, Duration.ofSeconds(30), () -> Uni.createFrom().item(done.incrementAndGet())));
        assertFalse(blocked.isPresent(), "held by the dead replica");
        org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> onContext(() -> alive.runExclusively(job, Duration.ofSeconds(30), () -> Uni.createFrom()
                                .item(done.incrementAndGet())))
                        .isPresent());
        assertEquals(1, done.get(), "picked up once");
        // released after the run: the dead replica, back, may run the next round at once
        assertTrue(onContext(() -> dead.acquire(job, Duration.ofSeconds(30))));
    }

    /** Subscribes on a Vert.x context of its own, as a scheduled job does, and waits. */
    private static <T> T onContext(java.util.function.Supplier<Uni<T>> work) {
        try {
            return VertxContextSupport.subscribeAndAwait(work);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
