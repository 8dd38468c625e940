package io.launchcheck.gateway.domain;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of waivers, newest request first; {@code total} counts every match. */
public record WaiverPage(
        @Schema(required = true) List<WaiverView> items,
        @Schema(required = true) int page,
        @Schema(required = true) int size,
        @Schema(required = true) long total) {
}
