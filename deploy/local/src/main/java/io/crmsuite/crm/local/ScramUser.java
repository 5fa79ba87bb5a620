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
 * storage at format time; storage kept from an older run gets it through the Admin API ({@link ScramUserTool}). A
 * marker beside the storage holds a digest of the user and password it was created with, so that the Admin call runs
 * only when the user is missing or the credentials changed (e.g. by CRM_KAFKA_SASL_PASSWORD).
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

    boolean present() {
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

    /** Adds (or updates) the user through the plain listener, in a JVM with Kafka's client jars. */
    void add(String mechanism, String bootstrapServers, Path log4j) throws IOException {
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
