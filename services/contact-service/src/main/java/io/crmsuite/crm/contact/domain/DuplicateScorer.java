package io.crmsuite.crm.contact.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Scores how likely two contacts are the same person. Each reason has a weight; independent reasons combine as
 * {@code 1 - Π(1 - w)}: same normalised email 0.95, same E.164 phone 0.90, similar name (trigram similarity s at least
 * the name threshold) {@code 0.8·s} at the same account or {@code 0.45·s} otherwise. A pair is a candidate when the
 * score reaches the threshold (0.5 by default), so a common name alone never makes a duplicate.
 */
public final class DuplicateScorer {
    public static final double EMAIL_WEIGHT = 0.95;
    public static final double PHONE_WEIGHT = 0.90;
    public static final double NAME_AND_ACCOUNT_WEIGHT = 0.8;
    public static final double NAME_WEIGHT = 0.45;

    private final double threshold;
    private final double nameThreshold;

    public DuplicateScorer(double threshold, double nameThreshold) {
        this.threshold = threshold;
        this.nameThreshold = nameThreshold;
    }

    /** What is known about the new (or probed) contact. */
    public record Probe(Set<String> emails, Set<String> phones, UUID accountId) {}

    /** A stored contact found by the candidate query, with the database's name similarity to the probe. */
    public record Existing(
            UUID id,
            String displayName,
            List<String> emails,
            List<String> phones,
            UUID accountId,
            double nameSimilarity) {}

    public record Candidate(UUID contactId, String displayName, double score, List<String> reasons) {}

    /** The candidate, or null when the pair scores below the threshold. */
    public Candidate score(Probe probe, Existing existing) {
        List<String> reasons = new ArrayList<>();
        double miss = 1.0;
        if (existing.emails().stream().anyMatch(probe.emails()::contains)) {
            reasons.add("EMAIL");
            miss *= 1 - EMAIL_WEIGHT;
        }
        if (existing.phones().stream().anyMatch(probe.phones()::contains)) {
            reasons.add("PHONE");
            miss *= 1 - PHONE_WEIGHT;
        }
        if (existing.nameSimilarity() >= nameThreshold) {
            boolean sameAccount = probe.accountId() != null && Objects.equals(probe.accountId(), existing.accountId());
            reasons.add(sameAccount ? "NAME_AND_ACCOUNT" : "NAME");
            miss *= 1 - existing.nameSimilarity() * (sameAccount ? NAME_AND_ACCOUNT_WEIGHT : NAME_WEIGHT);
        }
        double score = Math.round((1 - miss) * 1000) / 1000.0;
        if (reasons.isEmpty() || score < threshold) {
            return null;
        }
        return new Candidate(existing.id(), existing.displayName(), score, List.copyOf(reasons));
    }
}
