import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * The inclusive share of a flight recording's execution samples per method (docs/benchmarks.md, "Where the CPU
 * goes"): a sample counts for every method on its stack. Optionally only below a frame (the methods a call of it
 * spends its time in).
 *
 * <pre>java scripts/jfr-summary.java FILE.jfr [TOP] [BELOW]</pre>
 * e.g. {@code java scripts/jfr-summary.java gateway.jfr 40 CompactEvaluationReader.readFrom}
 */
public class JfrSummary {

    public static void main(String[] args) throws Exception {
        int top = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        String below = args.length > 2 ? args[2] : null;
        Map<String, Integer> inclusive = new HashMap<>();
        int samples = 0;
        int counted = 0;
        try (RecordingFile recording = new RecordingFile(Path.of(args[0]))) {
            while (recording.hasMoreEvents()) {
                RecordedEvent event = recording.readEvent();
                if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                    continue;
                }
                samples++;
                List<RecordedFrame> frames = event.getStackTrace().getFrames();
                int end = frames.size();
                if (below != null) {
                    end = -1;
                    for (int i = 0; i < frames.size() && end < 0; i++) {
                        if (name(frames.get(i)).contains(below)) {
                            end = i;
                        }
                    }
                    if (end < 0) {
                        continue;
                    }
                }
                counted++;
                Set<String> seen = new HashSet<>();
                for (int i = 0; i < end; i++) {
                    String method = name(frames.get(i));
                    if (seen.add(method)) {
                        inclusive.merge(method, 1, Integer::sum);
                    }
                }
            }
        }
        System.out.printf("%d execution samples%s%n", samples,
                below == null ? "" : ", " + counted + " of them below " + below);
        int all = samples;
        inclusive.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(top)
                .forEach(e -> System.out.printf("%5.1f %%  %s%n", 100.0 * e.getValue() / all, e.getKey()));
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }
}
