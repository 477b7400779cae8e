package cn.gov.pingnan.accountability.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The machine the figures come from: cores, memory, load (Linux /proc). */
final class Machine {

    private Machine() {}

    static Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cores", Runtime.getRuntime().availableProcessors());
        m.put("memoryMb", memTotalMb());
        m.put("cpu", cpuModel());
        m.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        m.put("loadAverage", loadAverage());
        return m;
    }

    /** "1-min 5-min 15-min" from /proc/loadavg; other builds share the 2 cores, so every figure carries it. */
    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /** Resident memory (VmRSS) of a process in MB, from /proc/&lt;pid&gt;/status. */
    static long rssMb(long pid) {
        return kbLineAsMb(Path.of("/proc", Long.toString(pid), "status"), "VmRSS:");
    }

    private static long memTotalMb() {
        return kbLineAsMb(Path.of("/proc/meminfo"), "MemTotal:");
    }

    /** The kB figure of the line starting with {@code key} in a /proc file, in MB; -1 if unreadable. */
    private static long kbLineAsMb(Path procFile, String key) {
        try {
            for (String line : Files.readAllLines(procFile)) {
                if (line.startsWith(key)) {
                    return Long.parseLong(line.replaceAll("\\D+", "")) / 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    private static String cpuModel() {
        try {
            List<String> lines = Files.readAllLines(Path.of("/proc/cpuinfo"));
            return lines.stream()
                    .filter(l -> l.startsWith("model name"))
                    .findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).trim())
                    .orElse("unknown");
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
