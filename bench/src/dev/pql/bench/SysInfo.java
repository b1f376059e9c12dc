package dev.pql.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/** The machine and software a run measured on. */
final class SysInfo {
    private SysInfo() {
    }

    static String machine() {
        String cpu = field(Path.of("/proc/cpuinfo"), "model name");
        String mem = field(Path.of("/proc/meminfo"), "MemTotal");
        long kb = mem == null ? -1 : Long.parseLong(mem.replaceAll("[^0-9]", ""));
        return (cpu == null ? "unknown CPU" : cpu) + ", " + Runtime.getRuntime().availableProcessors() + " cores, "
                + (kb < 0 ? "unknown" : Math.round(kb / 1048576.0) + " GiB") + " RAM, " + System.getProperty("os.name")
                + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch");
    }

    static String software() {
        String torch;
        try {
            torch = "PyTorch (DJL) " + dev.pql.model.Engines.pytorch().getVersion();
        } catch (Throwable t) {
            torch = "PyTorch engine unavailable: " + t.getMessage();
        }
        return "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + "), " + torch
                + ", PQL threads " + System.getProperty("pql.threads", "default (cores)");
    }

    private static String field(Path file, String name) {
        try {
            for (String line : Files.readAllLines(file)) {
                if (line.startsWith(name)) {
                    return line.substring(line.indexOf(':') + 1).trim();
                }
            }
        } catch (Exception ignored) {
            // not Linux
        }
        return null;
    }
}
