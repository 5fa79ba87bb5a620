package io.crmsuite.crm.contact.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.crmsuite.crm.contact.repository.ImportJobStore;
import io.crmsuite.crm.security.RecordScope;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * A running import as the processor sees it: the job's settings and its committed counts. A chunk's counts are
 * computed aside ({@link #count}) and taken over only once its transaction committed ({@link #commit}).
 */
final class ImportRun {
    final UUID id;
    final String kind;
    final String ownerId;
    final String team;
    /** What the job's creator may change (fixed at upload): merges go only into records in this scope. */
    final RecordScope writeScope;

    private final ImportChunkWriter.Job chunkJob;
    int processed;
    private int created;
    private int merged;
    private int rejected;
    private ArrayNode rejections;

    ImportRun(ImportJobStore.Header header, ArrayNode rejections) {
        this.id = header.id();
        this.kind = header.kind();
        this.ownerId = header.ownerId();
        this.team = header.team();
        this.writeScope = ImportScopes.parse(header.writeScope(), header.ownerId(), header.team());
        this.chunkJob = new ImportChunkWriter.Job(
                header.id(), ContactService.OnDuplicate.valueOf(header.onDuplicate()), header.createdBy());
        this.processed = header.processed();
        this.created = header.created();
        this.merged = header.merged();
        this.rejected = header.rejected();
        this.rejections = rejections;
    }

    ImportChunkWriter.Job chunkJob() {
        return chunkJob;
    }

    /** The counts after a chunk, to be saved in its transaction. */
    record Chunk(ImportJobStore.Progress progress, ArrayNode rejections) {}

    Chunk count(
            List<? extends RowOutcome> written,
            List<? extends RowOutcome> invalid,
            int to,
            int total,
            ObjectMapper json) {
        int newCreated = created;
        int newMerged = merged;
        List<RowOutcome> refused = new ArrayList<>(invalid);
        for (RowOutcome outcome : written) {
            switch (outcome.effect()) {
                case CREATED -> newCreated++;
                case MERGED -> newMerged++;
                case REJECTED -> refused.add(outcome);
            }
        }
        refused.sort(Comparator.comparingInt(RowOutcome::number));
        ArrayNode kept = rejections.deepCopy();
        for (RowOutcome outcome : refused) {
            if (kept.size() < ImportProcessor.MAX_REJECTIONS_KEPT) {
                kept.add(ImportProcessor.rejection(json, outcome.number(), outcome.reason()));
            }
        }
        return new Chunk(
                new ImportJobStore.Progress(
                        to, newCreated, newMerged, rejected + refused.size(), kept.toString(), to >= total),
                kept);
    }

    void commit(Chunk chunk) {
        ImportJobStore.Progress p = chunk.progress();
        processed = p.processed();
        created = p.created();
        merged = p.merged();
        rejected = p.rejected();
        rejections = chunk.rejections();
    }
}
