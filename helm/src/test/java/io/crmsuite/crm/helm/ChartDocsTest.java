package io.crmsuite.crm.helm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The chart README documents every parameter, and the parameter comments in values.yaml name real keys. */
class ChartDocsTest {

    private static final Pattern SERVICE_PATH = Pattern.compile("^services\\.[a-zA-Z0-9]+\\.");

    @Test
    void readmeDocumentsEveryParameter() throws Exception {
        String readme = Files.readString(Chart.DIR.resolve("README.md"));
        List<String> missing = Values.leafPaths(Chart.defaultValues()).stream()
                .map(p -> SERVICE_PATH.matcher(p).replaceFirst("services.<key>."))
                .distinct()
                .filter(p -> !documented(readme, p))
                .toList();
        assertEquals(List.of(), missing, "parameters missing from the README's tables");
    }

    @Test
    void everyParamCommentNamesAnExistingKey() throws Exception {
        JsonNode values = Chart.defaultValues();
        Matcher params =
                Pattern.compile("## @param (\\S+)").matcher(Files.readString(Chart.DIR.resolve("values.yaml")));
        int count = 0;
        while (params.find()) {
            count++;
            String path = params.group(1);
            JsonNode node = values;
            for (String part : path.split("\\.")) {
                node = node.path(part);
            }
            assertFalse(node.isMissingNode(), "@param " + path + " names no key");
        }
        assertFalse(count == 0, "no @param comments found");
    }

    /** A parameter is documented when it, or an enclosing key, is the name column of a README table row. */
    private static boolean documented(String readme, String path) {
        for (String candidate = path; !candidate.isEmpty(); ) {
            if (readme.contains("| `" + candidate + "` |")) {
                return true;
            }
            int dot = candidate.lastIndexOf('.');
            candidate = dot < 0 ? "" : candidate.substring(0, dot);
        }
        return false;
    }
}
