package io.crmsuite.crm.helm;

import java.util.List;
import java.util.NoSuchElementException;

/** The objects of one rendering. */
record Manifests(List<Manifest> all) {

    static Manifests parse(String yaml) {
        return new Manifests(Yaml.readAll(yaml).stream().map(Manifest::new).toList());
    }

    List<Manifest> ofKind(String kind) {
        return all.stream().filter(m -> m.kind().equals(kind)).toList();
    }

    Manifest get(String kind, String name) {
        return all.stream()
                .filter(m -> m.kind().equals(kind) && m.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException(kind + "/" + name + " not rendered"));
    }

    /** The Deployment, Service, ... of a service, by its name (e.g. lead-service). */
    Manifest ofService(String kind, String service) {
        return get(kind, Chart.RELEASE + "-crm-suite-" + service);
    }
}
