package io.launchcheck.rules.domain;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.launchcheck.api.Sector;
import io.launchcheck.api.Segment;

/** One target of the profile: a jurisdiction (normalized code) and the users the app serves there. */
public final class TargetFact {

    private final int index;
    private final String code;
    private final Set<Segment> segments;
    private final Set<Sector> sectors;
    private final List<String> organizations;
    private final List<String> organizationKeys;
    private final ProfileFact profile;

    /** @param profile the profile this is a target of */
    public TargetFact(int index, String code, Set<Segment> segments, Set<Sector> sectors, List<String> organizations,
            ProfileFact profile) {
        this.profile = profile;
        this.index = index;
        this.code = code;
        this.segments = segments == null || segments.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(segments));
        this.sectors = sectors == null || sectors.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(sectors));
        this.organizations = organizations == null ? List.of()
                : organizations.stream().filter(o -> Keys.organization(o) != null).map(String::strip).toList();
        this.organizationKeys = this.organizations.stream().map(Keys::organization).toList();
    }

    /** The profile this is a target of. */
    public ProfileFact getProfile() {
        return profile;
    }

    public int getIndex() {
        return index;
    }

    public String getCode() {
        return code;
    }

    public Set<Segment> getSegments() {
        return segments;
    }

    public Set<Sector> getSectors() {
        return sectors;
    }

    /** Whether the target names segments and they are all {@code CONSUMER}: it serves no organisation. */
    public boolean isConsumersOnly() {
        return !segments.isEmpty() && segments.stream().allMatch(segment -> segment == Segment.CONSUMER);
    }

    public List<String> getOrganizations() {
        return organizations;
    }

    /** The organizations as {@link Keys#organization} keys, for matching regardless of case and punctuation. */
    public List<String> getOrganizationKeys() {
        return organizationKeys;
    }

    @Override
    public String toString() {
        return "Target " + index + " " + code;
    }
}
