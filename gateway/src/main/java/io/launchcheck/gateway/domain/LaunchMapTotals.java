package io.launchcheck.gateway.domain;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.launchcheck.api.JurisdictionResult;

/** How many of a launch map's jurisdictions got each verdict. */
@Schema(description = "How many jurisdictions got each verdict; the three counts add up to targets")
public record LaunchMapTotals(
        @Schema(required = true, example = "249") int targets,
        @Schema(required = true, example = "231") int compliant,
        @Schema(required = true, example = "9") int needsReview,
        @Schema(required = true, example = "9") int nonCompliant) {

    public static LaunchMapTotals of(List<JurisdictionResult> results) {
        int compliant = 0;
        int review = 0;
        int non = 0;
        for (JurisdictionResult result : results) {
            switch (result.verdict()) {
                case COMPLIANT -> compliant++;
                case NEEDS_REVIEW -> review++;
                case NON_COMPLIANT -> non++;
            }
        }
        return new LaunchMapTotals(results.size(), compliant, review, non);
    }
}
