package io.crmsuite.crm.local;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where things are: the project root, the git-ignored state folder, the server artifacts and the JDK in use. */
public record StackLayout(Path root, Path state, Path infra, Path java) {

    /** Finds the project root from a start folder (or {@code CRM_PROJECT_ROOT}), walking up to deploy/local. */
    public static StackLayout discover(Path start) {
        String explicit = System.getenv("CRM_PROJECT_ROOT");
        Path root = explicit != null ? Path.of(explicit) : findRoot(start.toAbsolutePath());
        String stateOverride = System.getenv("CRM_STATE_DIR");
        Path state = stateOverride != null ? Path.of(stateOverride) : root.resolve(".local");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return new StackLayout(root, state, root.resolve("deploy/local/target/infra"), java);
    }

    private static Path findRoot(Path start) {
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("deploy/local/stack.properties"))) {
                return dir;
            }
        }
        throw new IllegalStateException("not inside the CRM project (no deploy/local/stack.properties above " + start
                + "); set CRM_PROJECT_ROOT");
    }

    public Path stateOf(String component) {
        return state.resolve(component);
    }

    public Path logOf(String component) {
        return state.resolve("logs").resolve(component + ".log");
    }

    public StackSettings settings() {
        return StackSettings.load(root.resolve("deploy/local/stack.properties"));
    }

    public Path servicesFile() {
        return root.resolve("deploy/local/services.properties");
    }

    public Path realmFile() {
        return root.resolve("deploy/keycloak/crm-realm.json");
    }

    /** Fails with one clear sentence when the server artifacts have not been fetched yet. */
    public void requireInfraArtifacts() {
        if (!Files.isDirectory(infra.resolve("lib"))) {
            throw new IllegalStateException("server artifacts missing under " + infra
                    + ": run `make build` (or ./mvnw -pl deploy/local package)");
        }
    }
}
