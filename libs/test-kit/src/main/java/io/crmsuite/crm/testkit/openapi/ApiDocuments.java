package io.crmsuite.crm.testkit.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The OpenAPI documents of {@code api-specs/openapi/} (one per service, plus the gateway's own operations), parsed, and
 * the operations they declare. What the gateway serves at {@code /api/openapi} is these documents merged.
 */
public record ApiDocuments(Map<String, JsonNode> documents) {
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final List<String> METHODS = List.of("get", "put", "post", "patch", "delete");

    public ApiDocuments {
        documents = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(documents));
    }

    /** Every checked-in document, by file name without {@code .yaml}, in name order. */
    public static ApiDocuments checkedIn() {
        Map<String, JsonNode> documents = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(directory())) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                String name = file.getFileName().toString().replaceFirst("\\.yaml$", "");
                documents.put(name, YAML.readTree(file.toFile()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ApiDocuments(documents);
    }

    /** These documents with {@code name} replaced by {@code document} (e.g. what a service serves right now). */
    public ApiDocuments with(String name, JsonNode document) {
        Map<String, JsonNode> replaced = new LinkedHashMap<>(documents);
        replaced.put(name, document);
        return new ApiDocuments(replaced);
    }

    /** Every operation of every document, in document, path and method order. */
    public List<ApiOperation> operations() {
        List<ApiOperation> operations = new ArrayList<>();
        documents.forEach((document, root) -> {
            JsonNode paths = root.path("paths");
            for (Iterator<String> it = paths.fieldNames(); it.hasNext(); ) {
                String path = it.next();
                for (String method : METHODS) {
                    JsonNode operation = paths.path(path).get(method);
                    if (operation != null) {
                        operations.add(new ApiOperation(document, method.toUpperCase(), path, operation));
                    }
                }
            }
        });
        return operations;
    }

    /** A component schema by name, from whichever document declares it (null when none does). */
    public JsonNode schema(String name) {
        for (JsonNode root : documents.values()) {
            JsonNode schema = root.path("components").path("schemas").get(name);
            if (schema != null) {
                return schema;
            }
        }
        return null;
    }

    /** {@code api-specs/openapi} of this checkout, found from the working directory upwards. */
    public static Path directory() {
        return repositoryRoot().resolve("api-specs/openapi");
    }

    /** The checkout's root: the first folder from the working directory upwards that holds {@code api-specs/openapi}. */
    public static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("api-specs/openapi"))) {
                return dir;
            }
        }
        throw new IllegalStateException(
                "no api-specs/openapi above " + Path.of("").toAbsolutePath());
    }
}
