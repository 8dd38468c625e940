package io.launchcheck.gateway.service;

import java.util.UUID;

import io.launchcheck.gateway.domain.LaunchMap;

/**
 * A launch map this gateway has just made: its row, with every column but the body, and the public body as the UTF-8
 * JSON that is stored and answered, the same bytes (serialized once, never turned into text), as for
 * {@link NewAssessment}.
 *
 * @param row  the row's columns; its {@code body} is not set (it is {@code body})
 * @param body the public body, UTF-8 JSON
 */
public record NewLaunchMap(LaunchMap row, byte[] body) {

    public UUID id() {
        return row.id;
    }
}
