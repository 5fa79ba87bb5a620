package io.crmsuite.crm.security;

/**
 * Which records a caller may see or change. Enforced in queries (docs/architecture.md §8): turn it into a where-clause with
 * {@link ScopeClause}, never filter after loading.
 */
public sealed interface RecordScope {
    /** Every record (admins; auditors for reads). */
    record All() implements RecordScope {}

    /** Records of one team (sales managers). */
    record Team(String team) implements RecordScope {}

    /** Records the caller owns (sales reps). */
    record Owner(String ownerId) implements RecordScope {}

    /** Records a client submitted (partners). */
    record Submitter(String clientId) implements RecordScope {}

    /** Nothing. */
    record None() implements RecordScope {}
}
