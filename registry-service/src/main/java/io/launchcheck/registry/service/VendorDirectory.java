package io.launchcheck.registry.service;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import io.launchcheck.api.Vendor;

/**
 * Resolves any way of writing a vendor (id, name, alias, legal entity) to its id: case-insensitively, surrounding
 * spaces trimmed and inner runs of spaces collapsed ("Hangzhou  DeepSeek artificial intelligence" -> deepseek).
 */
public final class VendorDirectory {

    private final Map<String, String> idByKey;

    private VendorDirectory(Map<String, String> idByKey) {
        this.idByKey = idByKey;
    }

    public static VendorDirectory of(List<Vendor> vendors) {
        Map<String, String> idByKey = new HashMap<>();
        for (Vendor vendor : vendors) {
            namesOf(vendor).forEach(name -> idByKey.putIfAbsent(key(name), vendor.id()));
        }
        return new VendorDirectory(idByKey);
    }

    /** The vendor id that this name resolves to. */
    public Optional<String> resolve(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(idByKey.get(key(name)));
    }

    /** The matching key of a name. */
    public static String key(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** Every name a vendor is known by: id, name, aliases and legal entities. */
    public static Stream<String> namesOf(Vendor vendor) {
        return Stream.of(Stream.of(vendor.id(), vendor.name()),
                vendor.aliases() == null ? Stream.<String>empty() : vendor.aliases().stream(),
                vendor.legalEntities() == null ? Stream.<String>empty() : vendor.legalEntities().stream())
                .flatMap(s -> s)
                .filter(name -> name != null && !name.isBlank());
    }
}
