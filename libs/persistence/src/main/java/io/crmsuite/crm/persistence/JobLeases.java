package io.crmsuite.crm.persistence;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

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
    private final String owner;

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

    /** Gives the lease back (only this replica's), so the next round may run anywhere at once. */
    public Uni<Void> release(String job) {
        return Panache.withTransaction(
                () -> SetStatements.execute("delete from crm_job_lease where job = ?1 and owner = ?2", job, owner)
                        .replaceWithVoid());
    }
}
