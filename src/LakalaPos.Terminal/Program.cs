using System.Text;
using LakalaPos.Shared;
using LakalaPos.Terminal.Cli;

Console.OutputEncoding = Encoding.UTF8;
Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

const string Usage = """
    usage: lakalapos COMMAND

      run [--profile NAME] [--data DIR]   run the terminal (default profile: emulator) with the host
                                          simulator and the journal embedded; keys and cards from stdin
      replay PATH... [--junit FILE]       run replay scripts (files or folders of *.replay)
      help                                this text
    """;

try
{
    return args switch
    {
        ["replay", .. var rest] => ReplayCommand.Run(rest, Console.Out, Console.Error),
        ["run", .. var rest] => RunCommand.Run(rest, Console.In, Console.Out, Console.Error),
        [] or ["help"] or ["--help"] or ["-h"] => Help(),
        _ => Unknown(args[0]),
    };
}
catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or DirectoryNotFoundException)
{
    Console.Error.WriteLine($"lakalapos: {ex.Message}");
    return 1;
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
