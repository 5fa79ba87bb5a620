package io.crmsuite.crm.local;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/** Ports, credentials and limits of the local stack: {@code deploy/local/stack.properties}, overridable by env. */
public final class StackSettings {
    private final Properties values;
    private final Map<String, String> env;

    StackSettings(Properties values, Map<String, String> env) {
        this.values = values;
        this.env = env;
    }

    public static StackSettings load(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return new StackSettings(properties, System.getenv());
    }

    /** The environment variable that overrides {@code key}. */
    public static String envName(String key) {
        return "CRM_" + key.toUpperCase().replace('.', '_').replace('-', '_');
    }

    public String get(String key) {
        String override = env.get(envName(key));
        if (override != null && !override.isBlank()) {
            return override.trim();
        }
        String value = values.getProperty(key);
        if (value == null) {
            throw new IllegalStateException("missing setting " + key + " in stack.properties");
        }
        return value.trim();
    }

    public int getInt(String key) {
        return Integer.parseInt(get(key));
    }

    public List<String> getList(String key) {
        return List.of(get(key).split("\\s*,\\s*"));
    }

    /** A whitespace-separated list of command-line options; an empty value gives none. */
    public List<String> getOptions(String key) {
        String value = get(key);
        return value.isEmpty() ? List.of() : List.of(value.split("\\s+"));
    }

    public String host() {
        return get("bind.host");
    }

    /** Ordered services from {@code services.properties}: name to HTTP port. */
    public static Map<String, Integer> services(Path file) {
        Map<String, Integer> services = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(file)) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                String[] parts = trimmed.split("=", 2);
                String name = parts[0].strip();
                String override = System.getenv(envName(name + ".port"));
                services.put(name, Integer.parseInt(override != null ? override : parts[1].strip()));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return services;
    }
}
