package io.launchcheck.gateway.domain;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of webhook deliveries, newest first; {@code total} counts every match. */
public record DeliveryPage(
        @Schema(required = true) List<DeliveryView> items,
        @Schema(required = true) int page,
        @Schema(required = true) int size,
        @Schema(required = true) long total) {
}
