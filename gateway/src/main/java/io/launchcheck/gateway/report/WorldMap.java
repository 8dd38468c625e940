package io.launchcheck.gateway.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.launchcheck.api.Verdict;
import io.quarkus.runtime.Startup;

/**
 * The world map of the report page: Natural Earth's country shapes as SVG path data keyed by ISO 3166-1 alpha-2
 * codes, prepared at build time from the npm package world-atlas ({@code gateway/map/build-world-map.mjs}) and read
 * once from the classpath ({@code report/world-map.json}). A gateway built without it does not start.
 */
@Singleton
@Startup
public class WorldMap {

    static final String RESOURCE = "report/world-map.json";

    /** One country as the build wrote it: a shape, or for a country too small to draw a round marker. */
    public record Shape(String code, String name, String d, boolean marker) {
    }

    record Data(String source, String attribution, int width, int height, List<Shape> shapes) {
    }

    private final ObjectMapper json;

    private Data data;

    public WorldMap(ObjectMapper json) {
        this.json = json;
    }

    @PostConstruct
    void load() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing: the gateway's build writes it with Node.js "
                        + "(gateway/map/build-world-map.mjs)");
            }
            data = json.readerFor(Data.class)
                    .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** The country's name in Natural Earth, if the map has it. */
    public Optional<String> name(String code) {
        return data.shapes().stream().filter(shape -> code.equalsIgnoreCase(shape.code())).map(Shape::name)
                .findFirst();
    }

    /**
     * The map coloured by verdict: {@code verdicts} maps ISO 3166-1 alpha-2 codes to a verdict and {@code labels}
     * (optional per code) says what a country's tooltip tells. Countries without a verdict are drawn as not assessed.
     */
    public ReportView.MapView colour(Map<String, Verdict> verdicts, Map<String, String> labels) {
        List<ReportView.MapShape> shapes = new ArrayList<>(data.shapes().size());
        for (Shape shape : data.shapes()) {
            String code = shape.code() == null ? null : shape.code().toUpperCase(Locale.ROOT);
            Verdict verdict = code == null ? null : verdicts.get(code);
            String label = code != null && labels.containsKey(code) ? labels.get(code)
                    : shape.name() + (verdict == null ? ": not assessed" : ": " + ReportView.label(verdict));
            shapes.add(new ReportView.MapShape(code == null ? "" : code, shape.d(), shape.marker(),
                    ReportView.cssClass(verdict), label));
        }
        // drawn last so markers and assessed countries' outlines lie on top
        shapes.sort((a, b) -> Boolean.compare(a.marker(), b.marker()));
        return new ReportView.MapView(data.width(), data.height(), shapes, data.source(), data.attribution());
    }
}
