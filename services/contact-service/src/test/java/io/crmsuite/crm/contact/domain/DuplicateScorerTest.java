package io.crmsuite.crm.contact.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DuplicateScorerTest {
    private static final UUID ACME = UUID.randomUUID();
    private final DuplicateScorer scorer = new DuplicateScorer(0.5, 0.45);

    private static DuplicateScorer.Existing existing(List<String> emails, List<String> phones, UUID account, double s) {
        return new DuplicateScorer.Existing(UUID.randomUUID(), "Zhang Wei", emails, phones, account, s);
    }

    @Test
    void samePhoneAndSameNameScore0945() {
        var probe = new DuplicateScorer.Probe(Set.of(), Set.of("+8613800138000"), null);
        var c = scorer.score(probe, existing(List.of(), List.of("+8613800138000"), null, 1.0));
        assertEquals(0.945, c.score()); // 1 - (1 - 0.9) * (1 - 0.45)
        assertEquals(List.of("PHONE", "NAME"), c.reasons());
    }

    @Test
    void sameEmailAloneScores095AndWithPhone0995() {
        var probe = new DuplicateScorer.Probe(Set.of("z@x.cn"), Set.of("+8613800138000"), null);
        assertEquals(
                0.95,
                scorer.score(probe, existing(List.of("z@x.cn"), List.of(), null, 0.1))
                        .score());
        assertEquals(
                0.995,
                scorer.score(probe, existing(List.of("z@x.cn"), List.of("+8613800138000"), null, 0.1))
                        .score());
    }

    @Test
    void similarNameAtTheSameAccountCountsMoreThanTheNameAlone() {
        var atAcme = new DuplicateScorer.Probe(Set.of(), Set.of(), ACME);
        var c = scorer.score(atAcme, existing(List.of(), List.of(), ACME, 0.75));
        assertEquals(0.6, c.score());
        assertEquals(List.of("NAME_AND_ACCOUNT"), c.reasons());
        // the same similarity without the account: 0.45 * 0.75 = 0.3375, below the threshold
        assertNull(scorer.score(
                new DuplicateScorer.Probe(Set.of(), Set.of(), null), existing(List.of(), List.of(), ACME, 0.75)));
    }

    @Test
    void aCommonNameAloneIsNeverACandidate() {
        var probe = new DuplicateScorer.Probe(Set.of(), Set.of(), null);
        assertNull(scorer.score(probe, existing(List.of(), List.of(), null, 1.0)));
    }

    @Test
    void nothingInCommonIsNoCandidate() {
        var probe = new DuplicateScorer.Probe(Set.of("a@x.cn"), Set.of("+8613800138000"), null);
        assertNull(scorer.score(probe, existing(List.of("b@x.cn"), List.of("+8613900139000"), null, 0.2)));
    }
}
