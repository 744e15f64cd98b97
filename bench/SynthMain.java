import org.mincirc.cli.SynthCommand;
import picocli.CommandLine;

/**
 * Runs `mincirc synth` from the shaded jar before the subcommand is registered in cli.Main:
 * java -cp target/mincirc.jar bench/SynthMain.java --batch FILE --inputs 4 --json
 */
public class SynthMain {
    public static void main(String[] args) {
        System.exit(new CommandLine(new SynthCommand()).execute(args));
    }
}
