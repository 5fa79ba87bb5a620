package io.crmsuite.crm.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class StackSettingsTest {
    private static StackSettings settings(Map<String, String> env) {
        Properties values = new Properties();
        values.setProperty("postgres.port", "15432");
        values.setProperty("postgres.databases", "a, b,c");
        return new StackSettings(values, env);
    }

    @Test
    void environmentNamesFollowTheKey() {
        assertEquals("CRM_POSTGRES_PORT", StackSettings.envName("postgres.port"));
        assertEquals("CRM_LEAD_SERVICE_PORT", StackSettings.envName("lead-service.port"));
    }

    @Test
    void environmentOverridesTheFile() {
        assertEquals(15432, settings(Map.of()).getInt("postgres.port"));
        assertEquals(25432, settings(Map.of("CRM_POSTGRES_PORT", " 25432 ")).getInt("postgres.port"));
        assertEquals(15432, settings(Map.of("CRM_POSTGRES_PORT", "  ")).getInt("postgres.port"));
    }

    @Test
    void listsAreTrimmed() {
        assertEquals(List.of("a", "b", "c"), settings(Map.of()).getList("postgres.databases"));
    }

    @Test
    void jvmOptionsAreSplitOnWhitespaceAndOverriddenAsAWhole() {
        Properties values = new Properties();
        values.setProperty("service.jvm.options", "-XX:+UseSerialGC  -XX:TieredStopAtLevel=1");
        assertEquals(
                List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"),
                new StackSettings(values, Map.of()).getOptions("service.jvm.options"));
        assertEquals(
                List.of("-XX:+UseSerialGC"),
                new StackSettings(values, Map.of("CRM_SERVICE_JVM_OPTIONS", "-XX:+UseSerialGC"))
                        .getOptions("service.jvm.options"));
    }

    @Test
    void aMissingSettingIsNamed() {
        IllegalStateException error = assertThrows(
                IllegalStateException.class, () -> settings(Map.of()).get("kafka.port"));
        assertEquals("missing setting kafka.port in stack.properties", error.getMessage());
    }
}
