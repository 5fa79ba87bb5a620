package io.crmsuite.crm.contact.service;

import io.crmsuite.crm.contact.domain.Contact;
import io.crmsuite.crm.contact.domain.DuplicateScorer;
import io.crmsuite.crm.contact.repository.ContactRepository;
import io.crmsuite.crm.security.ScopeClause;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Finds likely duplicates of a contact among all stored contacts (exact email or phone, or trigram-similar name),
 * scored by {@link DuplicateScorer}. Matches the caller may not see are counted but not shown.
 */
@ApplicationScoped
public class DuplicateFinder {
    private final ContactRepository contacts;
    private final DuplicateScorer scorer;

    public DuplicateFinder(ContactRepository contacts, DuplicateScorer scorer) {
        this.contacts = contacts;
        this.scorer = scorer;
    }

    /** Visible candidates, best first, and how many further candidates lie outside the caller's scope. */
    public record Result(List<DuplicateScorer.Candidate> visible, int hidden) {
        public boolean isEmpty() {
            return visible.isEmpty() && hidden == 0;
        }
    }

    public Uni<Result> find(Contact probe, ScopeClause visibleSql) {
        List<String> emails = List.of(probe.emails);
        List<String> phones = List.of(probe.phones);
        DuplicateScorer.Probe scored =
                new DuplicateScorer.Probe(Set.copyOf(emails), Set.copyOf(phones), probe.accountId);
        return contacts.candidates(emails, phones, probe.nameKey, probe.accountId, probe.id, visibleSql)
                .map(rows -> {
                    List<ScoredRow> scoredRows = rows.stream()
                            .map(r -> new ScoredRow(scorer.score(scored, r.existing()), r.visible()))
                            .filter(r -> r.candidate() != null)
                            .toList();
                    List<DuplicateScorer.Candidate> visible = scoredRows.stream()
                            .filter(ScoredRow::visible)
                            .map(ScoredRow::candidate)
                            .filter(Objects::nonNull)
                            .sorted(Comparator.comparingDouble(DuplicateScorer.Candidate::score)
                                    .reversed())
                            .toList();
                    return new Result(visible, scoredRows.size() - visible.size());
                });
    }

    private record ScoredRow(DuplicateScorer.Candidate candidate, boolean visible) {}
}
