package org.mincirc.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.mincirc.solver.BackendInfo;
import org.mincirc.solver.BackendRegistry;
import org.mincirc.solver.Capability;
import org.mincirc.solver.Workload;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code mincirc backends}: the registry as a table, with whether each backend runs here and why not. */
@Command(name = "backends", mixinStandardHelpOptions = true,
        description = "List the solver backends, whether each runs on this machine (and why not), and what each can do.")
final class BackendsCommand implements Callable<Integer> {
    @Option(names = "--json", description = "print a JSON array instead of a table")
    boolean json;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        String forCircuits = BackendRegistry.defaultFor(Workload.CIRCUIT);
        String forPolicies = BackendRegistry.defaultFor(Workload.POLICY);
        if (json) {
            ObjectMapper mapper = new ObjectMapper();
            ArrayNode all = mapper.createArrayNode();
            for (BackendInfo b : BackendRegistry.all()) {
                ObjectNode o = all.addObject();
                o.put("name", b.name());
                ArrayNode defaults = o.putArray("defaultFor");
                if (b.name().equals(forCircuits)) {
                    defaults.add("synth");
                }
                if (b.name().equals(forPolicies)) {
                    defaults.add("run, check");
                }
                Optional<String> why = b.unavailability();
                o.put("available", why.isEmpty());
                o.put("reason", why.orElse(null));
                ArrayNode caps = o.putArray("capabilities");
                b.capabilities().stream().sorted().forEach(c -> caps.add(c.text()));
                o.put("summary", b.summary());
            }
            out.println(mapper.writeValueAsString(all));
        } else {
            for (BackendInfo b : BackendRegistry.all()) {
                Optional<String> why = b.unavailability();
                out.printf("%-16s %s%s%n", b.name(), why.isEmpty() ? "available" : "not available: " + why.get(),
                        defaults(b.name(), forCircuits, forPolicies));
                out.printf("%-16s %s%n", "", b.summary());
                out.printf("%-16s %s%n", "", b.capabilities().stream().sorted().map(Capability::text)
                        .collect(Collectors.joining(", ")));
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static String defaults(String name, String forCircuits, String forPolicies) {
        boolean c = name.equals(forCircuits);
        boolean p = name.equals(forPolicies);
        return c && p ? " (default)" : c ? " (default for synth)" : p ? " (default for run and check)" : "";
    }
}
