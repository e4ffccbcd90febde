using System.Diagnostics;
using System.Text;
using LakalaPos.Devices.Serial.EscPos;
using LakalaPos.Devices.Tests.Support;

namespace LakalaPos.Terminal.Tests.Serial.Support;

/// <summary>
/// `lakalapos run` on the devkit-58mm profile with its three serial devices on ptys the test made:
/// the VT100 console (display and keypad), the magnetic-stripe reader and the ESC/POS printer.
/// The test types VT100 bytes, swipes track-2 lines, reads the screen back and decodes the receipts.
/// </summary>
internal sealed class SerialTerminal : IDisposable
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
    private const byte PaperPresent = 0x12;

    private readonly string[] _runArguments;

    private SerialTerminal(string folder, bool printerPresent, string? registerDevice = null, params string[] extraArguments)
    {
        Folder = folder;
        Console = new FarEnd(Path.Combine(folder, "console"));
        Reader = new FarEnd(Path.Combine(folder, "reader"));
        Printer = new FarEnd(Path.Combine(folder, "printer"), AnswerPaperStatus, plugIn: printerPresent);
        WriteProfile(registerDevice);
        _runArguments = ["run", "--profiles", Profiles, "--profile", "devkit-58mm", "--data", Data, .. extraArguments];
    }

    public string Folder { get; }
    public string Profiles => Path.Combine(Folder, "profiles");
    public string Data => Path.Combine(Folder, "data");
    public FarEnd Console { get; }
    public FarEnd Reader { get; }
    public FarEnd Printer { get; }
    public CliProcess? Process { get; private set; }

    /// <summary>The ptys and profile, and `run` started on them.</summary>
    public static SerialTerminal Start(bool printerPresent = true)
    {
        var terminal = new SerialTerminal(Directory.CreateTempSubdirectory("lakalapos-serial-").FullName, printerPresent);
        terminal.Process = CliProcess.Start(terminal.Folder, terminal._runArguments);
        return terminal;
    }

    /// <summary>
    /// `run` with a cash register too: on the serial port <paramref name="registerDevice"/> (the
    /// profile's ecr section), and/or listening on TCP as <c>--ecr</c> gives (<paramref name="extraArguments"/>).
    /// </summary>
    public static SerialTerminal StartWithRegister(string? registerDevice, params string[] extraArguments)
    {
        var terminal = new SerialTerminal(Directory.CreateTempSubdirectory("lakalapos-serial-").FullName, true, registerDevice, extraArguments);
        terminal.Process = CliProcess.Start(terminal.Folder, terminal._runArguments);
        return terminal;
    }

    /// <summary>The power goes (the process killed, nothing runs) and comes back: `run` again on the same data folder and devices.</summary>
    public void PowerCut()
    {
        Process!.Kill();
        Process.Dispose();
        Process = CliProcess.Start(Folder, _runArguments);
    }

    /// <summary>Only the ptys and the profile: the test starts whatever uses them.</summary>
    public static SerialTerminal Prepare() => new(Directory.CreateTempSubdirectory("lakalapos-serial-").FullName, printerPresent: true);

    /// <summary>The console's current screen, one string per row.</summary>
    public IReadOnlyList<string> Screen() => Vt100Screen.Of(Console.Current).Rows();

    public string ScreenText => string.Join("\n", Screen());

    public void WaitForScreen(string text) =>
        Until(() => ScreenText.Contains(text, StringComparison.Ordinal), $"the screen to show \"{text}\"", () => $"screen:\n{ScreenText}");

    /// <summary>Keys as the console sends them: digits, "\r" ENTER, "\e" CANCEL, "\t" MENU…</summary>
    public void Type(string keys)
    {
        foreach (var c in keys)
        {
            Console.Send(Encoding.ASCII.GetBytes(c.ToString()));
            Thread.Sleep(c == '\e' ? 120 : 30); // a lone ESC is CANCEL once nothing follows for 50 ms
        }
    }

    public void Swipe(string track2) => Reader.Send(Encoding.ASCII.GetBytes($";{track2}?\r\n"));

    /// <summary>Every receipt printed so far, decoded from the bytes each plugged-in printer got.</summary>
    public IReadOnlyList<PrintedReceipt> Receipts() => Printer.Received.SelectMany(bytes => EscPosDecoder.Decode(bytes).Receipts).ToList();

    /// <summary>Waits for the receipt number <paramref name="count"/> and returns its rows, trimmed (titles are centred).</summary>
    public IReadOnlyList<string> WaitForReceipt(int count)
    {
        Until(() => Receipts().Count >= count, $"{count} receipt(s)", () => $"receipts: {Receipts().Count}\nscreen:\n{ScreenText}");
        return Receipts()[count - 1].Texts.Select(row => row.Trim()).ToList();
    }

    public string Log => string.Concat(Directory.EnumerateFiles(Path.Combine(Data, "logs")).Order().Select(ReadShared));

    public void WaitForLog(string text) => Until(() => Log.Contains(text, StringComparison.Ordinal), $"the log to say \"{text}\"", () => Log);

    /// <summary>Sends a signal to `run` (<see cref="Signals.Interrupt"/>, <see cref="Signals.Terminate"/>), as Ctrl-C or a service manager would.</summary>
    public void Signal(int signal) => Signals.Send(Process!, signal);

    public static void Until(Func<bool> condition, string what, Func<string> state)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > Patience)
                throw new TimeoutException($"waited {Patience.TotalSeconds} s for {what}; {state()}");
            Thread.Sleep(50);
        }
    }

    private static byte[]? AnswerPaperStatus(ReadOnlyMemory<byte> bytes)
    {
        var requests = 0;
        var span = bytes.Span;
        for (var i = 0; i + 2 < span.Length; i++)
            if (span[i] == 0x10 && span[i + 1] == 0x04 && span[i + 2] == 0x04)
                requests++;
        return requests == 0 ? null : Enumerable.Repeat(PaperPresent, requests).ToArray();
    }

    private void WriteProfile(string? registerDevice)
    {
        Directory.CreateDirectory(Profiles);
        var profile = File.ReadAllText(RepositoryRoot.Combine("hardware-profiles", "devkit-58mm.json"))
            .Replace("/dev/ttyUSB0", Console.LinkPath, StringComparison.Ordinal)
            .Replace("/dev/ttyUSB1", Reader.LinkPath, StringComparison.Ordinal)
            .Replace("/dev/ttyUSB2", Printer.LinkPath, StringComparison.Ordinal);
        if (registerDevice is not null)
            profile = "{\n  \"ecr\": { \"serial\": { \"device\": \"" + registerDevice + "\", \"baud\": 9600 } }," + profile.TrimStart()[1..];
        File.WriteAllText(Path.Combine(Profiles, "devkit-58mm.json"), profile);
    }

    private static string ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        return new StreamReader(stream).ReadToEnd();
    }

    public void Dispose()
    {
        Process?.Dispose();
        Console.Dispose();
        Reader.Dispose();
        Printer.Dispose();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // a log file still being closed: the temp folder is left
        }
    }
}
