package io.launchcheck.load;

import org.HdrHistogram.Histogram;

/** What one run measured: requests answered, errors, throughput and the latency distribution (ms). */
record Result(String name, String model, double offered, long requests, long errors, double seconds,
        Histogram latencyMicros) {

    static final String HEADER = "| endpoint | model | offered | achieved req/s | requests | errors | p50 ms | p99 ms | p99.9 ms | max ms |\n"
            + "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|";

    Result named(String newName) {
        return new Result(newName, model, offered, requests, errors, seconds, latencyMicros);
    }

    String row() {
        return String.format(java.util.Locale.ROOT, "| %s | %s | %s | %.1f | %d | %d | %.2f | %.2f | %.2f | %.2f |",
                name, model, offered > 0 ? String.format(java.util.Locale.ROOT, "%.0f req/s", offered) : "-",
                requests / seconds, requests, errors, ms(50), ms(99), ms(99.9), latencyMicros.getMaxValue() / 1000.0);
    }

    private double ms(double percentile) {
        return latencyMicros.getValueAtPercentile(percentile) / 1000.0;
    }
}
