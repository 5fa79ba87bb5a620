package io.crmsuite.crm.events;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The services that exist (services/&lt;name&gt; with an application.properties) and the consumer channels each declares
 * in one line, {@code crm.messaging.consume.<channel>=<topic>@<consumer>} (libs/messaging derives the SmallRye
 * settings from it; profile-specific lines such as {@code %test.} are not the service's contract).
 */
final class ServiceModules {
    static final Path DIR = Path.of("../../services").toAbsolutePath().normalize();
    private static final String CONSUME = "crm.messaging.consume.";

    private ServiceModules() {}

    record Channel(String channel, String topic, String consumer) {}

    static Set<String> names() {
        return new TreeSet<>(configs().keySet());
    }

    /** Service name -> its declared consumer channels. */
    static Map<String, List<Channel>> consumerChannels() {
        Map<String, List<Channel>> channels = new TreeMap<>();
        configs()
                .forEach((service, properties) -> channels.put(
                        service,
                        properties.stringPropertyNames().stream()
                                .filter(key -> key.startsWith(CONSUME))
                                .sorted()
                                .map(key -> {
                                    String[] parts = properties.getProperty(key).split("@");
                                    return new Channel(
                                            key.substring(CONSUME.length()), parts[0].strip(), parts[1].strip());
                                })
                                .toList()));
        return channels;
    }

    private static Map<String, Properties> configs() {
        Map<String, Properties> configs = new TreeMap<>();
        try (Stream<Path> dirs = Files.list(DIR)) {
            for (Path dir : dirs.sorted().toList()) {
                Path file = dir.resolve("src/main/resources/application.properties");
                if (Files.isRegularFile(file)) {
                    Properties properties = new Properties();
                    try (Reader reader = Files.newBufferedReader(file)) {
                        properties.load(reader);
                    }
                    configs.put(dir.getFileName().toString(), properties);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return configs;
    }
}
