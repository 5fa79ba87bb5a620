package io.crmsuite.crm.security;

import java.util.Map;

/**
 * A {@link RecordScope} as a query predicate with named parameters, for HQL or SQL alike. Column names are supplied by
 * the service (they are code, never user input).
 */
public record ScopeClause(String predicate, Map<String, Object> parameters) {

    public static ScopeClause of(RecordScope scope, Columns columns) {
        return switch (scope) {
            case RecordScope.All all -> new ScopeClause("1 = 1", Map.of());
            case RecordScope.None none -> new ScopeClause("1 = 0", Map.of());
            case RecordScope.Team team ->
                new ScopeClause(columns.team() + " = :scopeTeam", Map.of("scopeTeam", team.team()));
            case RecordScope.Owner owner ->
                new ScopeClause(columns.owner() + " = :scopeOwner", Map.of("scopeOwner", owner.ownerId()));
            case RecordScope.Submitter submitter ->
                columns.submitter() == null
                        ? new ScopeClause("1 = 0", Map.of())
                        : new ScopeClause(
                                columns.submitter() + " = :scopeSubmitter",
                                Map.of("scopeSubmitter", submitter.clientId()));
        };
    }

    /** The owner, team and (optional) submitting-client columns of a table or entity. */
    public record Columns(String owner, String team, String submitter) {
        public static Columns ownerAndTeam(String owner, String team) {
            return new Columns(owner, team, null);
        }
    }
}
