package io.crmsuite.crm.persistence;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * One run at a time across replicas, for a scheduled job whose work is not divided into claimed rows (a recomputation
 * over all records, a re-scoring round): a replica runs the job only while it holds the job's lease in
 * {@code crm_job_lease}; the others skip that round. The lease is taken in a short transaction of its own (an insert,
 * or an update of an expired or own lease — PostgreSQL serialises the two replicas on the row), released when the run
 * ends, and expires by itself after {@code leaseFor} when a replica dies mid-run, so the work is picked up once by the
 * next round of any replica. Work that is divided into rows uses row claims instead ({@code for update skip locked}).
 */
@ApplicationScoped
public class JobLeases {
    private static final Logger LOG = Logger.getLogger(JobLeases.class);
    private final String owner;
    private final Set<String> held = ConcurrentHashMap.newKeySet();

    public JobLeases() {
        this("replica-" + UUID.randomUUID());
    }

    /** With a given owner name: tests play two replicas with two instances. */
    public JobLeases(String owner) {
        this.owner = owner;
    }

    public String owner() {
        return owner;
    }

    /**
     * Runs {@code work} if this replica gets the lease of {@code job}; empty when another replica holds it. The lease
     * is released after the work, also when it fails.
     */
    public <T> Uni<Optional<T>> runExclusively(String job, Duration leaseFor, Supplier<Uni<T>> work) {
        return acquire(job, leaseFor)
                .chain(acquired -> acquired
                        ? work.get().map(Optional::ofNullable).onTermination().call(() -> release(job))
                        : Uni.createFrom().item(Optional.<T>empty()));
    }

    /** Takes or renews the lease; false when another replica holds an unexpired one. */
    public Uni<Boolean> acquire(String job, Duration leaseFor) {
        return Panache.withTransaction(() -> SetStatements.rows(
                        "insert into crm_job_lease (job, owner, expires_at)"
                                + " values (?1, ?2, now() + ?3 * interval '1 millisecond')"
                                + " on conflict (job) do update set owner = excluded.owner,"
                                + " expires_at = excluded.expires_at"
                                + " where crm_job_lease.expires_at < now() or crm_job_lease.owner = excluded.owner"
                                + " returning owner",
                        job,
                        owner,
                        leaseFor.toMillis())
                .map(rows -> !rows.isEmpty()));
    }

    /**
     * A replica that stops (a rolling restart) gives back the leases of runs it leaves, so the next round of another
     * replica need not wait for them to expire; only a replica that dies without stopping leaves them to expire.
     */
    void releaseOnShutdown(@Observes ShutdownEvent event) {
        for (String job : Set.copyOf(held)) {
            try {
                VertxContextSupport.subscribeAndAwait(() -> release(job));
            } catch (Throwable e) {
                LOG.warnf("lease of %s not released at shutdown (it expires by itself): %s", job, e.toString());
            }
        }
    }

    /** Gives the lease back (only this replica's), so the next round may run anywhere at once. */
    public Uni<Void> release(String job) {
        return Panache.withTransaction(
                () -> SetStatements.execute("delete from crm_job_lease where job = ?1 and owner = ?2", job, owner)
                        .replaceWithVoid());
    }
}
