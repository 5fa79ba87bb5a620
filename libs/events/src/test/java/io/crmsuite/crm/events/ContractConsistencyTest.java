package io.crmsuite.crm.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Catalog, schema files and asyncapi.yaml list the same events under the same names. */
class ContractConsistencyTest {

    private static final Pattern TYPE = Pattern.compile("crm\\.([a-z]+)\\.[a-z]+(?:-[a-z]+)*\\.v[1-9][0-9]*");
    private static final Map<String, String> TOPIC_OF_AGGREGATE =
            Map.of("lead", Topics.LEADS, "contact", Topics.CONTACTS, "opportunity", Topics.OPPORTUNITIES);

    private static JsonNode asyncapi;

    @BeforeAll
    static void readAsyncApi() throws IOException {
        asyncapi = new ObjectMapper(new YAMLFactory())
                .readTree(EventSchemas.ASYNCAPI_DIR.resolve("asyncapi.yaml").toFile());
    }

    @Test
    void everySchemaFileHasACatalogEntryAndViceVersa() {
        Set<String> files = EventSchemas.eventSchemaFiles().stream()
                .map(EventSchemas::typeOfFile)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(catalogTypes(), files);
    }

    @Test
    void catalogTypesAreUniqueAndRecordsImplementEventPayload() {
        assertEquals(EventCatalog.ALL.size(), catalogTypes().size());
        assertEquals(EventCatalog.ALL.size(), new HashSet<>(EventCatalog.ALL).size());
        for (Class<? extends EventPayload> c : EventCatalog.ALL) {
            assertTrue(c.isRecord(), c + " is a record");
            assertTrue(c.isAnnotationPresent(CrmEvent.class), c + " has @CrmEvent");
        }
        assertEquals(EventCatalog.ALL.size(), SampleEvents.full().size(), "one sample per event");
    }

    @Test
    void typesFollowTheNamingPatternAndTopicsMatchTheAggregate() {
        for (Class<? extends EventPayload> c : EventCatalog.ALL) {
            String type = EventCatalog.typeOf(c);
            Matcher m = TYPE.matcher(type);
            assertTrue(m.matches(), type + " follows crm.<aggregate>.<event-in-kebab>.vN");
            assertEquals(TOPIC_OF_AGGREGATE.get(m.group(1)), EventCatalog.topicOf(c), type);
            assertTrue(c.getSimpleName().toLowerCase().startsWith(m.group(1)), c + " is named after its aggregate");
        }
    }

    @Test
    void schemaFilesCarryIdTitleAndDescription() {
        for (Class<? extends EventPayload> c : EventCatalog.ALL) {
            String type = EventCatalog.typeOf(c);
            JsonNode schema = EventSchemas.schemaNode(type);
            assertEquals(
                    "https://json-schema.org/draft/2020-12/schema",
                    schema.path("$schema").asText(),
                    type);
            assertEquals(
                    EventSchemas.BASE_ID + type + ".json", schema.path("$id").asText(), type);
            assertEquals(c.getSimpleName(), schema.path("title").asText(), type);
            assertFalse(schema.path("description").asText().isBlank(), type);
            assertEquals("object", schema.path("type").asText(), type);
            assertFalse(schema.path("additionalProperties").asBoolean(true), type);
        }
    }

    @Test
    void schemaFilesAreValidJsonSchema202012() {
        var meta = EventSchemas.metaSchema();
        List<Path> files = new ArrayList<>(EventSchemas.eventSchemaFiles());
        files.add(EventSchemas.SCHEMA_DIR.resolve(EventSchemas.COMMON));
        for (Path file : files) {
            var errors = meta.validate(EventSchemas.read(file));
            assertTrue(errors.isEmpty(), file + " -> " + errors);
        }
    }

    @Test
    void asyncApiHasOneMessagePerTypeOnItsTopicWithItsSchemaFile() {
        Map<String, String> topicOfType = new HashMap<>();
        asyncapi.path("channels").properties().forEach(channel -> {
            String address = channel.getValue().path("address").asText();
            channel.getValue().path("messages").properties().forEach(message -> {
                JsonNode resolved = resolve(message.getValue());
                String type = resolved.path("name").asText();
                assertNull(topicOfType.put(type, address), type + " is on one channel only");
                assertEquals(
                        "./schemas/" + type + ".json",
                        resolved.path("payload").path("$ref").asText());
                assertTrue(Files.isRegularFile(EventSchemas.ASYNCAPI_DIR.resolve(
                        resolved.path("payload").path("$ref").asText())));
                assertTrue(resolved.toString().contains("\"const\":\"" + type + "\""), type + " pins ce_type");
            });
        });
        assertEquals(catalogTypes(), new TreeSet<>(topicOfType.keySet()));
        for (Class<? extends EventPayload> c : EventCatalog.ALL) {
            assertEquals(EventCatalog.topicOf(c), topicOfType.get(EventCatalog.typeOf(c)));
        }
    }

    @Test
    void asyncApiHasTheLocalServer() {
        assertEquals("3.0.0", asyncapi.path("asyncapi").asText());
        assertEquals("0.1.0", asyncapi.path("info").path("version").asText());
        assertEquals(
                "127.0.0.1:19092",
                asyncapi.path("servers").path("local").path("host").asText());
        assertEquals(
                "kafka", asyncapi.path("servers").path("local").path("protocol").asText());
    }

    @Test
    void everyOperationBelongsToAServiceThatExists() {
        Set<String> services = ServiceModules.names();
        assertFalse(services.isEmpty(), "no service module under " + ServiceModules.DIR);
        asyncapi.path("operations").properties().forEach(op -> {
            String id = op.getKey();
            String action = op.getValue().path("action").asText();
            String service = id.substring(0, id.indexOf('.'));
            assertTrue(services.contains(service), id + ": there is no services/" + service);
            assertEquals(
                    service + "." + action + "." + channelOf(op.getValue()),
                    id,
                    "operation ids are <service>.<action>.<topic>");
        });
    }

    @Test
    void aTopicWhoseProducerExistsHasOneSendOperationWithAllItsEvents() {
        Set<String> services = ServiceModules.names();
        for (Map.Entry<String, String> aggregate : TOPIC_OF_AGGREGATE.entrySet()) {
            String topic = aggregate.getValue();
            String producer = aggregate.getKey() + "-service";
            List<JsonNode> sends = operations("send", topic);
            if (services.contains(producer)) {
                assertEquals(1, sends.size(), topic + " has one send operation");
                assertEquals(
                        producer + ".send." + topic,
                        asyncapi.path("operations").properties().stream()
                                .filter(op -> op.getValue().equals(sends.getFirst()))
                                .findFirst()
                                .orElseThrow()
                                .getKey());
                assertEquals(new TreeSet<>(EventCatalog.typesOn(topic)), messageNames(sends.getFirst()), topic);
            } else {
                assertTrue(sends.isEmpty(), topic + ": " + producer + " does not exist, so nothing sends yet");
            }
        }
    }

    @Test
    void receiveOperationsAreTheServicesDeclaredConsumerChannels() {
        Set<String> declared = new TreeSet<>();
        ServiceModules.consumerChannels()
                .forEach((service, channels) -> channels.forEach(channel -> {
                    assertEquals(service, channel.consumer(), service + " consumes as itself: " + channel);
                    declared.add(channel.consumer() + " <- " + channel.topic());
                }));
        Set<String> documented = new TreeSet<>();
        asyncapi.path("operations").forEach(op -> {
            if (op.path("action").asText().equals("receive")) {
                String topic = channelOf(op);
                documented.add(op.at("/bindings/kafka/groupId/const").asText() + " <- " + topic);
                Set<String> read = messageNames(op);
                assertFalse(read.isEmpty(), topic);
                assertTrue(EventCatalog.typesOn(topic).containsAll(read), topic + " receivers read its events only");
            }
        });
        assertFalse(declared.isEmpty(), "the services declare consumer channels");
        assertEquals(declared, documented, "receive operations = crm.messaging.consume lines of the services");
    }

    @Test
    void everyLocalReferenceInAsyncApiResolves() {
        List<String> refs = new ArrayList<>();
        collectRefs(asyncapi, refs);
        assertFalse(refs.isEmpty());
        for (String ref : refs) {
            if (ref.startsWith("#/")) {
                assertFalse(asyncapi.at(pointer(ref)).isMissingNode(), ref);
            } else {
                assertTrue(Files.isRegularFile(EventSchemas.ASYNCAPI_DIR.resolve(ref)), ref);
            }
        }
    }

    private static List<JsonNode> operations(String action, String topic) {
        List<JsonNode> found = new ArrayList<>();
        asyncapi.path("operations").forEach(op -> {
            if (op.path("action").asText().equals(action) && channelOf(op).equals(topic)) {
                found.add(op);
            }
        });
        return found;
    }

    private static String channelOf(JsonNode operation) {
        return resolve(operation.path("channel")).path("address").asText();
    }

    private static Set<String> messageNames(JsonNode operation) {
        Set<String> names = new TreeSet<>();
        operation
                .path("messages")
                .forEach(m -> names.add(resolve(m).path("name").asText()));
        return names;
    }

    private static Set<String> catalogTypes() {
        return EventCatalog.ALL.stream().map(EventCatalog::typeOf).collect(Collectors.toCollection(TreeSet::new));
    }

    /** Follows local $refs ("#/a/b") until a node without one. */
    private static JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        while (current.has("$ref") && current.path("$ref").asText().startsWith("#/")) {
            current = asyncapi.at(pointer(current.path("$ref").asText()));
        }
        return current;
    }

    private static String pointer(String ref) {
        return ref.substring(1);
    }

    private static void collectRefs(JsonNode node, List<String> out) {
        if (node.has("$ref")) {
            out.add(node.path("$ref").asText());
        }
        node.forEach(child -> collectRefs(child, out));
    }
}
