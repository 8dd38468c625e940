package io.launchcheck.rules.benchmark;

import java.lang.management.ManagementFactory;
import java.util.List;

/**
 * The evaluation of {@link EvaluationBenchmark}, measured in CPU time and bytes allocated by the judging thread rather
 * than wall time: on a machine shared with other builds, wall time measures the load (JMH's means moved 4x between
 * runs of the same code at load average 7-13), while the CPU time and the allocation of one thread follow the work it
 * does. Usage: {@code EvaluationCpuTime [rules] [targets,...] [warm-up seconds] [measured seconds]}; prints one line
 * per target count: CPU microseconds and kilobytes allocated per evaluation, by the judging thread and by the whole
 * process (the thread plus the garbage collector's and the compiler's threads: what a served evaluation's process
 * CPU is to be compared with). {@code rules} of 1 judges the real pack alone, as the served stack holds it.
 */
public final class EvaluationCpuTime {

    private EvaluationCpuTime() {
    }

    public static void main(String[] args) {
        int rules = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        List<String> targets = List.of((args.length > 1 ? args[1] : "1,10,50").split(","));
        double warmUp = args.length > 2 ? Double.parseDouble(args[2]) : 10;
        double measured = args.length > 3 ? Double.parseDouble(args[3]) : 10;
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        com.sun.management.OperatingSystemMXBean process =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long self = Thread.currentThread().getId();
        for (String count : targets) {
            EvaluationBenchmark benchmark = new EvaluationBenchmark();
            benchmark.rules = rules;
            benchmark.targets = Integer.parseInt(count.strip());
            benchmark.setUp();
            long sink = 0;
            long cpuStart = threads.getCurrentThreadCpuTime();
            while (threads.getCurrentThreadCpuTime() - cpuStart < warmUp * 1e9) {
                sink += benchmark.evaluate().results().size();
            }
            long evaluations = 0;
            long bytesStart = threads.getThreadAllocatedBytes(self);
            long processStart = process.getProcessCpuTime();
            cpuStart = threads.getCurrentThreadCpuTime();
            long cpu;
            do {
                for (int i = 0; i < 50; i++) {
                    sink += benchmark.evaluate().results().size();
                }
                evaluations += 50;
                cpu = threads.getCurrentThreadCpuTime() - cpuStart;
            } while (cpu < measured * 1e9);
            long processCpu = process.getProcessCpuTime() - processStart;
            long bytes = threads.getThreadAllocatedBytes(self) - bytesStart;
            System.out.printf("rules=%d targets=%s evaluations=%d cpu_us_per_eval=%.1f process_cpu_us_per_eval=%.1f"
                    + " kb_per_eval=%.1f (%d)%n", rules, count, evaluations, cpu / 1e3 / evaluations,
                    processCpu / 1e3 / evaluations, bytes / 1024.0 / evaluations, sink % 10);
        }
    }
}
