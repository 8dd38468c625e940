package io.launchcheck.api;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A model family in the registry's catalog (DeepSeek-R1, Qwen, Llama, ...): who developed it and the identifiers
 * people write for it. A profile's {@code app.model} resolves to a family when one of the family's identifiers
 * begins it, word for word after {@link io.launchcheck.api.names.Names#tokens} (case, separators and what follows
 * the identifier, such as a size, a quantisation or a date, do not matter); the longest identifier wins.
 *
 * @param developer     the vendor that developed the family (its id, or any of its names on input)
 * @param originCountry where the family comes from; empty means the developer's origin country
 * @param openWeights   whether the weights are published, so the family can run outside the developer's service
 * @param identifiers   what people write: Hugging Face repo ids, cloud model ids, API model names, Ollama tags
 */
@Schema(requiredProperties = {"id", "name", "developer", "openWeights", "identifiers"})
public record ModelFamily(
        @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,63}", message = "must be a lowercase slug") String id,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 200) String developer,
        @Schema(nullable = true) @Pattern(regexp = "[A-Za-z]{2}", message = "must be an ISO 3166-1 alpha-2 code") String originCountry,
        boolean openWeights,
        @Size(max = 200) List<@NotBlank @Size(max = 200) String> identifiers) {
}
