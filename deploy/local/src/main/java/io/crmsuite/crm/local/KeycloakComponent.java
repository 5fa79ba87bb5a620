package io.crmsuite.crm.local;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Keycloak in dev mode from the distribution zip, unpacked once under .local/keycloak (its data folder is kept, which
 * makes warm starts fast), importing the realm from deploy/keycloak. When the realm file changes, the kept data is
 * dropped so that the new realm is imported.
 */
final class KeycloakComponent extends Component {
    KeycloakComponent(StackLayout layout, StackSettings settings) {
        super("keycloak", layout, settings);
    }

    String baseUrl() {
        return "http://" + host() + ":" + settings.getInt("keycloak.port");
    }

    @Override
    String url() {
        return baseUrl() + "/realms/" + settings.get("keycloak.realm") + " (admin console " + baseUrl() + "/admin, "
                + settings.get("keycloak.admin.user") + "/" + settings.get("keycloak.admin.password") + ")";
    }

    private Path home() {
        return workDir().resolve("dist");
    }

    @Override
    List<String> prepareCommand() throws IOException {
        layout.requireInfraArtifacts();
        if (!Files.isRegularFile(home().resolve("bin/kc.sh"))) {
            unpack(layout.infra().resolve("keycloak.zip"), home());
        }
        refreshRealm();
        return List.of(
                "bash",
                home().resolve("bin/kc.sh").toString(),
                "start-dev",
                "--import-realm",
                "--http-host=" + host(),
                "--http-port=" + settings.get("keycloak.port"),
                "--hostname=" + baseUrl(),
                "--http-management-port=" + settings.get("keycloak.management.port"),
                "--health-enabled=true",
                "--metrics-enabled=false");
    }

    @Override
    Map<String, String> environment() {
        return Map.of(
                "JAVA_HOME", layout.java().getParent().getParent().toString(),
                "JAVA_OPTS_KC_HEAP", "-Xms128m -Xmx" + settings.get("keycloak.heap"),
                "KC_BOOTSTRAP_ADMIN_USERNAME", settings.get("keycloak.admin.user"),
                "KC_BOOTSTRAP_ADMIN_PASSWORD", settings.get("keycloak.admin.password"));
    }

    private void refreshRealm() throws IOException {
        Path realm = layout.realmFile();
        String digest = sha256(Files.readAllBytes(realm));
        Path digestFile = workDir().resolve("realm.sha256");
        boolean changed = !Files.isRegularFile(digestFile)
                || !Files.readString(digestFile).trim().equals(digest);
        if (changed) {
            deleteTree(home().resolve("data/h2"));
        }
        Path importDir = home().resolve("data/import");
        Files.createDirectories(importDir);
        Files.copy(realm, importDir.resolve("crm-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(digestFile, digest);
    }

    @Override
    boolean ready() {
        return Probes.httpOk("http://" + host() + ":" + settings.getInt("keycloak.management.port") + "/health/ready")
                && Probes.httpOk(
                        baseUrl() + "/realms/" + settings.get("keycloak.realm") + "/.well-known/openid-configuration");
    }

    @Override
    Duration startTimeout() {
        return Duration.ofSeconds(settings.getInt("keycloak.timeout.seconds"));
    }

    private static void unpack(Path zip, Path target) throws IOException {
        Path staging = target.resolveSibling(target.getFileName() + ".unpacking");
        deleteTree(staging);
        Files.createDirectories(staging);
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                // strip the top folder (keycloak-<version>/)
                String name = entry.getName();
                int slash = name.indexOf('/');
                if (slash < 0 || slash == name.length() - 1) {
                    continue;
                }
                Path out = staging.resolve(name.substring(slash + 1)).normalize();
                if (!out.startsWith(staging)) {
                    throw new IOException("zip entry outside target: " + name);
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                } else {
                    Files.createDirectories(out.getParent());
                    copy(in, out);
                    if (name.endsWith(".sh")) {
                        out.toFile().setExecutable(true);
                    }
                }
            }
        }
        deleteTree(target);
        Files.move(staging, target);
    }

    private static void copy(InputStream in, Path out) throws IOException {
        Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
