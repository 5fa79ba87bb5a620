package io.crmsuite.crm.lead.domain;

import io.crmsuite.crm.events.lead.LeadGrade;
import java.time.Duration;
import java.time.Instant;

/** First-response deadlines in seconds per grade: A, B, and one for C, D and unscored leads. */
public record SlaPolicy(long gradeASeconds, long gradeBSeconds, long otherSeconds) {

    /** A: 4 h, B: 24 h, others: 72 h. */
    public static SlaPolicy defaults() {
        return new SlaPolicy(4 * 3600, 24 * 3600, 72 * 3600);
    }

    public Instant dueAt(LeadGrade grade, Instant assignedAt) {
        long allowed = grade == LeadGrade.A ? gradeASeconds : grade == LeadGrade.B ? gradeBSeconds : otherSeconds;
        return assignedAt.plus(Duration.ofSeconds(allowed));
    }

    public boolean valid() {
        return gradeASeconds > 0 && gradeBSeconds > 0 && otherSeconds > 0;
    }
}
