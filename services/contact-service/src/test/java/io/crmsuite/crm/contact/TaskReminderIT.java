package io.crmsuite.crm.contact;

import static io.crmsuite.crm.contact.Api.as;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crmsuite.crm.events.Topics;
import io.crmsuite.crm.testkit.KafkaTestClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Task reminders end to end with the real servers: the scan (every second in tests) emits one
 * {@code task-reminder-due} event per due task through the outbox to Kafka and mails the assignee, whose address comes
 * from Keycloak, through the stack's SMTP server (read back through greenmail's REST API); later scans send nothing
 * more; closed tasks get nothing; a mail that cannot be sent is retried a bounded number of times, the event stays.
 */
@QuarkusTest
@QuarkusTestResource(ContactTestResource.class)
class TaskReminderIT {
    private static final String TYPE = "crm.contact.task-reminder-due.v1";
    private static final String REP_MAIL = "rep.east1@crm.local";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static String contact() {
        return Api.createContact("rep.east1", "{\"givenName\":\"Remind\",\"familyName\":\"" + Api.unique("Me") + "\"}");
    }

    private static JsonNode task(String contact, String title, Instant remindAt, String assignee) {
        String body = "{\"title\":\"" + title + "\",\"dueAt\":\"" + remindAt.plus(1, ChronoUnit.DAYS) + "\","
                + "\"remindAt\":\"" + remindAt + "\"" + (assignee == null ? "" : ",\"assignee\":\"" + assignee + "\"")
                + "}";
        String response = as("rep.east1")
                .body(body)
                .post("/api/v1/contacts/" + contact + "/tasks")
                .then()
                .statusCode(201)
                .extract()
                .asString();
        try {
            return JSON.readTree(response);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Mails in the mailbox whose subject contains the text. */
    private static long mails(String address, String subjectPart) {
        try {
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create(
                                    ContactTestResource.mailApiUrl() + "/api/user/" + address + "/messages/"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 404
                    || (response.statusCode() == 400 && response.body().contains("not found"))) {
                return 0; // greenmail knows a mailbox only once a first mail reached it (400 "User … not found")
            }
            assertEquals(200, response.statusCode(), response.body());
            long n = 0;
            for (JsonNode mail : JSON.readTree(response.body())) {
                if (mail.path("subject").asText().contains(subjectPart)) {
                    n++;
                }
            }
            return n;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static long events(KafkaTestClient.Tail tail, String taskId) {
        return tail.awaitRecords(Duration.ofSeconds(1), records -> true).stream()
                .filter(r -> TYPE.equals(Events.type(r))
                        && taskId.equals(Events.data(r).path("taskId").asText()))
                .count();
    }

    private static void awaitMail(String title) {
        await().atMost(Duration.ofSeconds(30)).until(() -> mails(REP_MAIL, title) >= 1);
    }

    @Test
    void aDueReminderIsAnnouncedOnceAndMailedOnceToTheAssignee() {
        String contact = contact();
        String title = Api.unique("Call back about the quote");
        try (KafkaTestClient.Tail tail = KafkaTestClient.tail(Topics.CONTACTS)) {
            Instant remindAt = Instant.now().minus(5, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
            JsonNode task = task(contact, title, remindAt, null);
            String taskId = task.path("id").asText();
            JsonNode event =
                    Events.await(tail, TYPE, d -> taskId.equals(d.path("taskId").asText()));
            assertEquals(contact, event.path("contactId").asText());
            assertEquals(
                    task.path("assignee").asText(), event.path("assigneeId").asText());
            assertEquals(title, event.path("title").asText());
            assertEquals(remindAt, Instant.parse(event.path("remindAt").asText()));
            assertEquals(
                    remindAt.plus(1, ChronoUnit.DAYS),
                    Instant.parse(event.path("dueAt").asText()));
            awaitMail(title);

            // later scans ran (a task created afterwards was reminded), and sent nothing more for the first task
            String later = Api.unique("Later task");
            String laterId = task(contact, later, Instant.now().minusSeconds(1), null)
                    .path("id")
                    .asText();
            Events.await(tail, TYPE, d -> laterId.equals(d.path("taskId").asText()));
            awaitMail(later);
            String last = Api.unique("Last task");
            task(contact, last, Instant.now().minusSeconds(1), null);
            awaitMail(last);
            assertEquals(1, events(tail, taskId));
            assertEquals(1, mails(REP_MAIL, title));
            assertEquals(
                    1,
                    TestDb.count(
                            "select count(*) from follow_up_task where id = ?::uuid and reminder_mail = 'SENT'"
                                    + " and reminder_mail_attempts = 1",
                            taskId));
        }
    }

    @Test
    void closedTasksGetNoReminder() {
        String contact = contact();
        String done = Api.unique("Done task");
        String cancelled = Api.unique("Cancelled task");
        String sentinel = Api.unique("Sentinel task");
        // reminders a few seconds ahead, so that the tasks are closed before their time comes
        Instant remindAt = Instant.now().plusSeconds(4).truncatedTo(ChronoUnit.SECONDS);
        try (KafkaTestClient.Tail tail = KafkaTestClient.tail(Topics.CONTACTS)) {
            String doneId = task(contact, done, remindAt, null).path("id").asText();
            String cancelledId =
                    task(contact, cancelled, remindAt, null).path("id").asText();
            as("rep.east1")
                    .body("{\"status\":\"DONE\"}")
                    .put("/api/v1/contacts/" + contact + "/tasks/" + doneId + "/status")
                    .then()
                    .statusCode(200);
            as("rep.east1")
                    .body("{\"status\":\"CANCELLED\"}")
                    .put("/api/v1/contacts/" + contact + "/tasks/" + cancelledId + "/status")
                    .then()
                    .statusCode(200);
            // same reminder time: the scan that reminds the sentinel also looked at the closed tasks
            String sentinelId =
                    task(contact, sentinel, remindAt, null).path("id").asText();
            Events.await(tail, TYPE, d -> sentinelId.equals(d.path("taskId").asText()));
            awaitMail(sentinel);
            assertEquals(0, events(tail, doneId));
            assertEquals(0, events(tail, cancelledId));
            assertEquals(0, mails(REP_MAIL, done));
            assertEquals(0, mails(REP_MAIL, cancelled));
            assertEquals(
                    0,
                    TestDb.count(
                            "select count(*) from follow_up_task where id in (?::uuid, ?::uuid)"
                                    + " and reminded_at is not null",
                            doneId,
                            cancelledId));
        }
    }

    @Test
    void aMailThatCannotBeSentIsRetriedABoundedNumberOfTimesButTheEventStays() {
        String contact = contact();
        String title = Api.unique("Nobody's task");
        String nobody = UUID.randomUUID().toString(); // no such user in Keycloak: no address to mail
        try (KafkaTestClient.Tail tail = KafkaTestClient.tail(Topics.CONTACTS)) {
            String taskId = task(contact, title, Instant.now().minusSeconds(60), nobody)
                    .path("id")
                    .asText();
            JsonNode event =
                    Events.await(tail, TYPE, d -> taskId.equals(d.path("taskId").asText()));
            assertEquals(nobody, event.path("assigneeId").asText());
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> TestDb.count(
                                    "select count(*) from follow_up_task where id = ?::uuid"
                                            + " and reminder_mail = 'FAILED' and reminder_mail_attempts = 3",
                                    taskId)
                            == 1);
            assertEquals(1, events(tail, taskId));
        }
    }
}
