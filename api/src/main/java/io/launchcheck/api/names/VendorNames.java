package io.launchcheck.api.names;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import io.launchcheck.api.Vendor;

/**
 * Every name a vendor is known by (id, name, aliases, legal entities), compared by {@link Names#key}. A name
 * written with an organisation path ("deepseek-ai/DeepSeek-R1") is also tried by its first part.
 */
public final class VendorNames {

    private final Map<String, Vendor> byKey;
    private final Resemblance<Vendor> resemblance;

    private VendorNames(Map<String, Vendor> byKey) {
        this.byKey = Map.copyOf(byKey);
        this.resemblance = new Resemblance<>(this.byKey);
    }

    public static VendorNames of(Collection<Vendor> vendors) {
        Map<String, Vendor> byKey = new HashMap<>();
        for (Vendor vendor : vendors) {
            namesOf(vendor).forEach(name -> {
                String key = Names.key(name);
                if (key != null) {
                    byKey.putIfAbsent(key, vendor);
                }
            });
        }
        return new VendorNames(byKey);
    }

    /** The vendor this name resolves to. */
    public Optional<Vendor> resolve(String name) {
        String key = Names.key(name);
        if (key == null) {
            return Optional.empty();
        }
        Vendor vendor = byKey.get(key);
        if (vendor == null && name.indexOf('/') > 0) {
            vendor = byKey.get(Names.key(name.substring(0, name.indexOf('/'))));
        }
        return Optional.ofNullable(vendor);
    }

    /** The vendors whose names are close to this one without being it (a typo, a missing letter), nearest first. */
    public List<Vendor> resembling(String name) {
        return resemblance.nearest(Names.key(name));
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
