package io.crmsuite.crm.helm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.marcnuri.helm.LintResult;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** helm lint --strict (Helm 3 through helm-java) with the values of every scenario. */
class HelmLintTest {

    static Stream<Scenario> scenarios() {
        return Scenario.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void lintsStrictlyWithoutWarnings(Scenario scenario) {
        LintResult result = Chart.lint(scenario);
        assertFalse(result.isFailed(), () -> "helm lint failed: " + result.getMessages());
        // strict lint turns warnings into failures; [INFO] (e.g. "icon is recommended") is allowed
        List<String> problems = result.getMessages().stream()
                .filter(m -> m.contains("[WARNING]") || m.contains("[ERROR]"))
                .toList();
        assertEquals(List.of(), problems);
    }
}
