using System.Globalization;
using LakalaPos.Ecr.Messages;
using LakalaPos.Ecr.Register;
using LakalaPos.Profiles;
using Serilog.Core;

namespace LakalaPos.Terminal.Cli;

/// <summary>
/// <c>lakalapos ecr</c>: a cash register asking a terminal once (docs/ecr.md). It prints the request
/// id first (so the same request can be asked again with --id), then the answer's fields one per
/// line, amounts in yuan. Exit 0 for APPROVED, 1 for DECLINED or ERROR, 2 for bad arguments or
/// when no answer came.
/// </summary>
public static class EcrCommand
{
    public const string Usage = EcrArguments.Usage;

    public const string Prompt =
        "One request a line: sale ORDER NAME:QTY:PRICE... | refund ORDER NAME:QTY... | void ORDER | query ORDER (--id ID first to ask again); quit ends.";

    public static int Run(IReadOnlyList<string> args, TextReader input, TextWriter output, TextWriter error)
    {
        if (!EcrArguments.TryParse(args, out var parsed, out var problem))
            return CommandLine.BadArguments(error, problem, Usage);
        var options = EcrRegisterOptions.Default with { AnswerTimeout = TimeSpan.FromSeconds(parsed.TimeoutSeconds) };
        using var register = new EcrRegister(Connector(parsed), options, Logger.None);
        if (!parsed.Interactive)
            return Ask(register, parsed, output, error);
        output.WriteLine(Prompt);
        while (input.ReadLine() is { } line)
        {
            if (line.Trim().Length == 0)
                continue;
            if (line.Trim().Equals("quit", StringComparison.OrdinalIgnoreCase))
                break;
            if (EcrArguments.TryParseLine(line, parsed, out var request, out problem))
                Ask(register, request, output, output);
            else
                output.WriteLine($"lakalapos: {problem}");
            output.WriteLine();
        }
        return 0;
    }

    /// <summary>Asks once and prints the id and the answer; the exit code (0 approved, 1 declined or error, 2 no answer).</summary>
    private static int Ask(EcrRegister register, EcrArguments parsed, TextWriter output, TextWriter error)
    {
        var id = parsed.Id ?? NewId();
        output.WriteLine($"id={id}");
        TerminalAnswer answer;
        try
        {
            answer = register.Ask(new RegisterRequest(parsed.Type, id, parsed.Order, parsed.Items));
        }
        catch (EcrNoAnswerException e)
        {
            error.WriteLine($"lakalapos: {e.Message} (--id {id})");
            return 2;
        }
        foreach (var line in Lines(answer))
            output.WriteLine(line);
        return answer.Result == AnswerResult.Approved ? 0 : 1;
    }

    /// <summary>The answer as a person reads it: name=value, amounts and prices in yuan.</summary>
    public static IEnumerable<string> Lines(TerminalAnswer answer)
    {
        yield return $"request={answer.Request}";
        yield return $"order={answer.Order}";
        yield return $"result={WireNames.Of(answer.Result)}";
        (string Name, string? Value)[] optional =
        [
            ("reason", answer.Reason), ("message", answer.Message), ("code", answer.Code), ("amount", answer.AmountFen is { } fen ? RegisterCommand.Yuan(fen) : null),
            ("voucher", answer.Voucher), ("batch", answer.Batch), ("rrn", answer.Rrn), ("auth", answer.Auth), ("card", answer.Card),
            ("time", answer.Time), ("status", answer.Status),
        ];
        foreach (var (name, value) in optional)
            if (value is not null)
                yield return $"{name}={value}";
        foreach (var line in answer.Lines)
            yield return $"line={line.Name}|{line.Quantity}|{RegisterCommand.Yuan(line.UnitPriceFen)}|{line.Refunded}";
    }

    /// <summary>A new request id, unique enough for a person at a console: R, the UTC time, and four random hex digits.</summary>
    private static string NewId() =>
        string.Create(CultureInfo.InvariantCulture, $"R{DateTime.UtcNow:yyyyMMddHHmmss}-{Random.Shared.Next(0x10000):X4}");

    private static Func<IEcrConnection> Connector(EcrArguments parsed)
    {
        if (parsed.Connect is not null)
        {
            var (host, port) = parsed.ConnectAddress;
            return () => TcpEcrConnection.Connect(host, port, TimeSpan.FromSeconds(5));
        }
        var serial = new SerialPortProfile(parsed.Serial!, parsed.Baud);
        return () => new SerialRegisterConnection(serial, Logger.None);
    }
}
