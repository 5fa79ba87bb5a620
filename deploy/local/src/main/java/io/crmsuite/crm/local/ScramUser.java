package io.crmsuite.crm.local;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The local demo SCRAM user of the broker's SASL listener (local demo credentials only). It is written into the
 * storage at format time, and checked through the Admin API ({@link ScramUserTool}) whenever the broker starts: storage
 * kept from a run before the SASL listener lacks it, and Kafka 4.4 was seen here to lose a user that came from the
 * format command after other SCRAM users were added and deleted and the broker restarted. A marker beside the storage
 * holds a digest of the user and password last put in place, so that a changed password (CRM_KAFKA_SASL_PASSWORD) is
 * written over the old one.
 */
final class ScramUser {
    private final String name;
    private final String password;
    private final Path workDir;
    private final StackLayout layout;

    ScramUser(String name, String password, Path workDir, StackLayout layout) {
        if (!name.matches("[A-Za-z0-9._-]+") || !password.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException(
                    "kafka.sasl.user and kafka.sasl.password may hold letters, digits, '.', '_' and '-' only");
        }
        this.name = name;
        this.password = password;
        this.workDir = workDir;
        this.layout = layout;
    }

    String name() {
        return name;
    }

    /** The {@code kafka-storage format --add-scram} value. */
    String storageToolArgument(String mechanism) {
        return mechanism + "=[name=" + name + ",password=" + password + "]";
    }

    /** Whether the marker says this user and password were put in place. */
    boolean recorded() {
        try {
            Path marker = marker();
            return Files.isRegularFile(marker)
                    && Files.readString(marker).strip().equals(digest());
        } catch (IOException e) {
            return false;
        }
    }

    void recordPresent() throws IOException {
        Files.writeString(marker(), digest() + System.lineSeparator());
    }

    /**
     * Makes sure the broker has the user, through the plain listener, in a JVM with Kafka's client jars: added when
     * missing, written over when the marker does not match. Returns the tool's last output line.
     */
    String ensure(String mechanism, String bootstrapServers, Path log4j) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                layout.java().toString(),
                "-Xmx64m",
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-Dlog4j2.configurationFile=" + log4j,
                "-cp",
                layout.infra().resolve("lib") + "/*" + java.io.File.pathSeparator + ownLocation(),
                ScramUserTool.class.getName(),
                bootstrapServers,
                mechanism));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        workDir.resolve("scram.log").toFile()));
        // the credentials go through the environment, not the command line that `ps` shows
        builder.environment().put(ScramUserTool.USER_VARIABLE, name);
        builder.environment().put(ScramUserTool.PASSWORD_VARIABLE, password);
        builder.environment().put(ScramUserTool.UPDATE_VARIABLE, Boolean.toString(!recorded()));
        Process process = builder.start();
        try {
            if (!process.waitFor(90, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IOException("adding the SCRAM user " + name + " failed, see " + workDir.resolve("scram.log"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while adding the SCRAM user", e);
        }
        recordPresent();
        List<String> output = Files.readAllLines(workDir.resolve("scram.log"));
        return output.isEmpty() ? "" : output.getLast();
    }

    private Path marker() {
        return workDir.resolve("scram-user.sha256");
    }

    private String digest() {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((name + ":" + password).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The launcher's jar (or classes folder), which holds {@link ScramUserTool}. */
    private static String ownLocation() {
        try {
            return Path.of(ScramUser.class
                            .getProtectionDomain()
                            .getCodeSource()
                            .getLocation()
                            .toURI())
                    .toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
