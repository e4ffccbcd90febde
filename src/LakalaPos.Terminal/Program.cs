using System.Text;
using LakalaPos.Shared;
using LakalaPos.Terminal.Cli;

Console.OutputEncoding = Encoding.UTF8;
Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

const string Usage = """
    usage: lakalapos COMMAND

      run [--profile NAME] [--data DIR] [--record FILE] [--line]
                                          run the terminal (default profile: emulator) with the host
                                          simulator and the journal embedded; on a terminal drawn
                                          full-screen (? for its keys), else (or --line) keys and
                                          cards as lines on stdin; a serial profile: from its devices,
                                          stdin is not read; docs/emulator.md
      devices [--profile NAME] [--profiles DIR] [--out DIR]
                                          play a serial profile's devices (default devkit-58mm) on ptys:
                                          writes the profile for `run`, shows screen and receipts, sends
                                          keys and swipes typed here; docs/hardware.md
      emulator [--port N] [--profile NAME] [--data DIR] [--host H:P]
                                          the same terminal in a browser page on http://127.0.0.1:N
                                          (default 5080); docs/emulator.md
      replay PATH... [--junit FILE]       run replay scripts (files or folders of *.replay)
      tutorial PATH... --out DIR          replay scripts written as step-by-step guides (Markdown, screen pictures)
      flows [--out FILE]                  every flow's and menu's state diagram (Mermaid), from the flows themselves
      ecr --connect HOST:PORT|--serial DEVICE sale|refund|void|query ORDER [ITEM...]
                                          play a cash register: ask a terminal (run --ecr ADDRESS:PORT)
                                          once and print its answer; docs/ecr.md
      fleet --host HOST:PORT --terminals N --duration SECONDS [--mix sale:80,void:10,refund:10]
                                          load-test a host: N virtual terminals signing in and sending
                                          sales, voids and refunds; docs/performance.md
      journal check [--data DIR]          check the journal as the terminal does before it starts
      journal backup --out FILE [--data DIR]
                                          a checked copy of the journal (also while the terminal runs)
      journal recover-counters [--data DIR]
                                          after a restore or a lost journal: counters above every number used
      bench [--native PATH] [--runs N] [--scripts DIR]
                                          whole-process figures (boot, memory, replay suite) as a table
                                          of medians; docs/performance.md
      help                                this text (COMMAND --help: every option of a command)
    """;

try
{
    if (args is [var command, .. var options] && command != "journal" && CommandHelp.Asked(options) && CommandHelp.TryWrite(command, Console.Out))
        return 0;
    return args switch
    {
        ["replay", .. var rest] => ReplayCommand.Run(rest, Console.Out, Console.Error),
        ["tutorial", .. var rest] => TutorialCommand.Run(rest, Console.Out, Console.Error),
        ["flows", .. var rest] => FlowsCommand.Run(rest, Console.Out, Console.Error),
        ["run", .. var rest] => RunCommand.Run(rest, Console.In, Console.Out, Console.Error),
        ["journal", .. var rest] => JournalCommand.Run(rest, Console.Out, Console.Error),
        ["emulator", .. var rest] => EmulatorCommand.Run(rest, Console.Out, Console.Error),
        ["devices", .. var rest] => DevicesCommand.Run(rest, Console.In, Console.Out, Console.Error),
        ["fleet", .. var rest] => FleetCommand.Run(rest, Console.Out, Console.Error),
        ["bench", .. var rest] => BenchCommand.Run(rest, Console.Out, Console.Error),
        ["ecr", .. var rest] => EcrCommand.Run(rest, Console.In, Console.Out, Console.Error),
        [] or ["help"] or ["--help"] or ["-h"] => Help(),
        _ => Unknown(args[0]),
    };
}
catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or DirectoryNotFoundException)
{
    Console.Error.WriteLine($"lakalapos: {ex.Message}");
    return 1;
}
catch (Exception ex)
{
    // Never a stack trace on the operator's console: one line; the log (if one was open) has the rest.
    Console.Error.WriteLine($"lakalapos: stopped by an unexpected error ({ex.GetType().Name}: {ex.Message.ReplaceLineEndings(" ")})");
    return 70;
}

int Help()
{
    Console.WriteLine(Usage);
    return 0;
}

int Unknown(string command)
{
    Console.Error.WriteLine($"lakalapos: unknown command '{Echo.Cut(command)}'");
    Console.Error.WriteLine(Usage);
    return 2;
}
