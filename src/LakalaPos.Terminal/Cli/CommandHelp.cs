namespace LakalaPos.Terminal.Cli;

/// <summary>
/// <c>lakalapos COMMAND --help</c>: every command's usage and every option it takes, as the
/// command's own usage line says (one source for both). The journal commands have their own
/// longer help (<see cref="JournalHelp"/>).
/// </summary>
public static class CommandHelp
{
    private const string TerminalOptions = """
          --profile NAME     a hardware profile of hardware-profiles/ (default: emulator)
          --data DIR         the journal, the host simulator's state and the logs (default: the profile's, ./data)
          --profiles DIR     where the profiles are (default: hardware-profiles/ next to the program or above)
          --host HOST:PORT   talk to a host of its own instead of the embedded host simulator
          --ecr ADDRESS:PORT listen for a cash register on TCP there, e.g. 127.0.0.1:9100, instead of
                             the profile's ecr section (docs/ecr.md; try it with `lakalapos ecr`)
          --record FILE      write the session as a replay script that replays to PASS (docs/emulator.md)
          --verbose          debug lines of the log on the console too (the file always has them)
        """;

    private static readonly Dictionary<string, string> Texts = new(StringComparer.Ordinal)
    {
        ["run"] = $"""
            usage: lakalapos {RunArguments.Usage}

            The terminal on this console with the host simulator and the journal embedded. Type a line
            and press Enter: digits, key names (ENTER, CANCEL, CLEAR, UP, DOWN, MENU, F1-F4; an empty
            line is ENTER), swipe|insert|tap CARD, remove, bad-swipe, paper out|in, host next RULE,
            host offline|online, quit. Test cards: debit credit debit2 lowbal expired; cashier 01 / 0000,
            supervisor password 123456. A serial profile (docs/hardware.md) reads nothing from stdin;
            Ctrl-C or SIGTERM stops it. On a terminal the device is drawn full-screen and keys act at
            once (? shows them); lines are read when stdin is not a terminal, or with --line.

            {TerminalOptions}
              --line             read lines even on a terminal (no full-screen console)
            """,
        ["emulator"] = $"""
            usage: lakalapos {EmulatorCommand.Usage}

            The same terminal drawn in a browser page on http://127.0.0.1:N (docs/emulator.md), until Ctrl+C.

              --port N           the port (default 5080; 0: any free port)
            {TerminalOptions}
            """,
        ["replay"] = $"""
            usage: lakalapos {LakalaPos.Replay.Suite.ReplayArguments.Usage}

            Runs replay scripts (files, or folders searched for *.replay), each on a new headless
            terminal; one line per script, then "N passed, M failed". Exit code 0 only when all pass.

              PATH...            scripts or folders of scripts (docs/replay-format.md)
              --junit FILE       also write a JUnit XML report
            """,
        ["tutorial"] = $"""
            usage: lakalapos {TutorialArguments.Usage}

            Runs replay scripts and writes each as an operator's step-by-step guide: DIR/NAME.md with a
            picture of the screen after each step (DIR/NAME/NN.svg) and the receipts as printed, and
            DIR/README.md listing them. A script that does not pass writes no guide.

              PATH...            scripts or folders of scripts
              --out DIR          where the guides go
            """,
        ["flows"] = $"""
            usage: lakalapos {FlowsCommand.Usage}

            Writes every flow's and menu's state diagram (Mermaid, in Markdown), drawn from the
            declarations the terminal runs; docs/flows.md is this output.

              --out FILE         write to FILE instead of the console
            """,
        ["fleet"] = $"""
            usage: lakalapos {FleetCommand.Usage}

            Load-tests a host (docs/performance.md): N virtual terminals, numbers 90000001 up, each with
            its own connection, signing in for working keys and then sending, one request at a time,
            sales (test cards debit and credit, inserted, with their PINs, 0.01-0.50), voids and refunds
            of its own approved sales, through the terminal's own mapping, codec, PIN block and MAC.
            A progress line each second, then the summary
              fleet: N terminals, D s: S sales, R/s, p50 X ms, p99 Y ms, errors E
            S: sale requests answered (any code); R/s: answered requests of every kind (sign-ins and
            reversals too) per second; p50/p99: send to answer of the answered ones; E: no answer in
            time, no connection, connection lost, bad MAC or malformed answer. Then one line per
            response code. Ctrl-C stops early, the summary still comes. Exit 0 when it ran, 1 when
            the host could not be reached, 2 on bad arguments.

              --host HOST:PORT   the host to load ([ipv6]:port too); its terminal master key must be the test one
              --terminals N      virtual terminals, 1 to {FleetArguments.MaxTerminals} (a host simulator serves 64 at once unless --max-clients)
              --duration SECONDS how long to send new requests; the ones in flight are then waited for
              --mix KIND:WEIGHT,...
                                 relative weights of sale, void and refund (default sale:80,void:10,refund:10);
                                 a terminal with no sale left to name sends a sale instead
              --timeout SECONDS  how long a request waits for its answer before it counts as an error
                                 (default {FleetArguments.DefaultTimeoutSeconds}); an unanswered sale or void is reversed
            """,
        ["ecr"] = $"""
            usage: lakalapos {EcrCommand.Usage}

            Plays a cash register (docs/ecr.md): sends one request to a terminal listening for its
            register (`run --ecr 127.0.0.1:9100`, or the profile's ecr section) and prints the request
            id, then the answer's fields one per line (amounts in yuan). When the link breaks or no
            answer comes it asks again with the same id. Exit 0 for APPROVED, 1 for DECLINED or ERROR,
            2 for bad arguments or no answer (ask again later with --id and the id printed). With no
            request it reads them from stdin, one a line (`sale A1 "可乐:2:3.50"`), on one connection, until quit.

              sale ORDER NAME:QTY:PRICE...   charge an order; PRICE is the unit price in yuan (可乐:2:3.50)
              refund ORDER NAME:QTY...       give back items of the order's sale
              void ORDER                     void the order's sale
              query ORDER                    how the order stands: its sale's status, items and refunds
              --connect HOST:PORT  the terminal's TCP address
              --serial DEVICE      the serial port the register's cable is on (instead of --connect)
              --baud N             the serial port's speed (default 9600; 8N1)
              --timeout SECONDS    how long to wait for the answer each time (default {EcrArguments.DefaultTimeoutSeconds})
              --id ID              the request id: give the one printed before to ask the same request again
            """,
        ["devices"] = $"""
            usage: lakalapos {DevicesArguments.Usage}

            Plays the other end of a serial profile on ptys it makes: prints the device paths and the
            `run` command to use them, shows the screen and the receipts, sends the keys and swipes
            typed here (docs/hardware.md). Stops on quit, end of input, Ctrl-C or SIGTERM.

              --profile NAME     a profile with serial devices (default devkit-58mm)
              --profiles DIR     where the profiles are
              --out DIR          where the profile with the pty paths is written (default: a new temp folder)
            """,
        ["bench"] = $"""
            usage: lakalapos {BenchArguments.Usage}

            The whole-process figures of docs/performance.md, as a table of medians: this program
            started as `run --line` with a fresh temp data folder, timed from process start to its
            first screen (设备自检) and to the sign-in prompt (请输入操作员号, after the 1 s boot
            screen), its memory (VmRSS) then; then every replay script in this process (3 runs), and
            the sale-then-void script warm (10 runs, the last 5 counted). Run it from the source
            checkout; the micro-benchmarks are src/LakalaPos.Benchmarks (BenchmarkDotNet).

              --native PATH      also boot this native binary (dotnet publish -p:PublishAot=true) the same way
              --runs N           boots per program (default {BenchArguments.DefaultRuns})
              --scripts DIR      the replay scripts (default: tests/scripts above the working directory)
            """,
    };

    /// <summary>True when the arguments ask for help (--help, -h).</summary>
    public static bool Asked(IReadOnlyList<string> args) => args.Any(a => a is "--help" or "-h");

    /// <summary>Writes the command's help; false when the command has none here.</summary>
    public static bool TryWrite(string command, TextWriter output)
    {
        if (!Texts.TryGetValue(command, out var text))
            return false;
        output.WriteLine(text.TrimEnd());
        return true;
    }
}
