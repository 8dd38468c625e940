package io.launchcheck.gateway.domain;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of launch maps, newest first; {@code total} counts every one the caller may see. */
public record LaunchMapPage(
        @Schema(required = true) List<LaunchMapSummary> items,
        @Schema(required = true) int page,
        @Schema(required = true) int size,
        @Schema(required = true) long total) {
}
