package io.crmsuite.crm.contact.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class TaskReminderRuleTest {

    @Test
    void aFailedMailIsRetriedUntilTheLastAttempt() {
        TaskReminderRule rule = new TaskReminderRule(3);
        assertEquals(TaskReminderRule.MailState.PENDING, rule.afterFailure(1));
        assertEquals(TaskReminderRule.MailState.PENDING, rule.afterFailure(2));
        assertEquals(TaskReminderRule.MailState.FAILED, rule.afterFailure(3));
        assertEquals(TaskReminderRule.MailState.FAILED, rule.afterFailure(4));
    }

    @Test
    void atLeastOneAttemptIsMadeWhateverTheSetting() {
        assertEquals(TaskReminderRule.MailState.FAILED, new TaskReminderRule(0).afterFailure(1));
    }

    @Test
    void theMessageNamesTheTaskItsDueTimeInTheZoneAndTheContactOnly() {
        TaskReminderRule.Message message = TaskReminderRule.message(
                "Send the quote", Instant.parse("2030-01-02T01:30:00Z"), "c-1", ZoneId.of("Asia/Shanghai"));
        assertEquals("Reminder: Send the quote (due 2030-01-02 09:30 GMT+08:00)", message.subject());
        assertTrue(message.body().contains("Send the quote"));
        assertTrue(message.body().contains("/api/v1/contacts/c-1"));
        assertFalse(message.body().contains("@"));
    }
}
