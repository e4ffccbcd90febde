using System.Globalization;
using System.Text.RegularExpressions;
using LakalaPos.Replay.Parsing.Commands;
using LakalaPos.Shared;

namespace LakalaPos.Replay.Parsing;

/// <summary>mark, save and the expect lines (expect ecr is left to <see cref="EcrCommandParser"/>).</summary>
internal static partial class CheckCommandParser
{
    public static ScriptCommand? TryParse(string word, IReadOnlyList<RawToken> tokens, int line)
    {
        switch (word)
        {
            case "mark":
                new CommandArgs("mark", "mark", tokens).Exactly(0);
                return new MarkCommand { Line = line };
            case "save":
                return ParseSave(new CommandArgs("save", "save NAME txn VOUCHER FIELD", tokens).Exactly(4), line);
            case "expect":
                return ParseExpect(tokens, line);
            default:
                return null;
        }
    }

    private static ScriptCommand ParseExpect(IReadOnlyList<RawToken> tokens, int line)
    {
        const string kinds = "screen, no-screen, printed, receipts, txn, host-sent, no-host-sent, ecr";
        if (tokens.Count == 0)
            throw new ScriptSyntaxException($"expect needs what to check ({kinds})");
        var kind = tokens[0].Text;
        var rest = tokens.Skip(1).ToList();
        CommandArgs Args(string usage) => new("expect " + kind, usage, rest);
        return kind switch
        {
            "screen" => new ExpectScreenCommand(Text(Args("expect screen \"TEXT\"")), true) { Line = line },
            "no-screen" => new ExpectScreenCommand(Text(Args("expect no-screen \"TEXT\"")), false) { Line = line },
            "printed" => new ExpectPrintedCommand(Text(Args("expect printed \"TEXT\""))) { Line = line },
            "receipts" => ParseReceipts(Args("expect receipts N").Exactly(1), line),
            "txn" => ParseTxn(Args("expect txn VOUCHER FIELD=VALUE...").AtLeast(1), line),
            "host-sent" => ParseHostSent(Args("expect host-sent MTI FIELD=VALUE...").AtLeast(1), line),
            "no-host-sent" => new ExpectNoHostSentCommand(Mti(Args("expect no-host-sent MTI").Exactly(1))) { Line = line },
            "ecr" => EcrCommandParser.ParseExpectEcr(Args("expect ecr FIELD=VALUE...").AtLeast(1), line),
            _ => throw new ScriptSyntaxException($"unknown check 'expect {Echo.Cut(kind)}' (checks: {kinds})"),
        };
    }

    /// <summary>One TEXT argument; quotes are needed only when it holds spaces.</summary>
    private static TextTemplate Text(CommandArgs args)
    {
        if (args.Count != 1)
            throw args.Wrong($"takes one TEXT, got {args.Count} arguments; put text with spaces in quotes");
        var text = args[0].ToTemplate();
        if (string.IsNullOrWhiteSpace(text.ToString()))
            throw args.Wrong("needs a non-empty TEXT");
        return text;
    }

    private static ExpectReceiptsCommand ParseReceipts(CommandArgs args, int line)
    {
        var count = args.Plain(0);
        if (count.Length is 0 or > 4 || !count.All(char.IsAsciiDigit))
            throw args.Wrong($"needs a number of receipts, got '{Echo.Cut(count)}'");
        return new ExpectReceiptsCommand(int.Parse(count, CultureInfo.InvariantCulture)) { Line = line };
    }

    private static ExpectTxnCommand ParseTxn(CommandArgs args, int line)
    {
        var voucher = Voucher(args, 0);
        var fields = args.From(1).Select(token =>
        {
            var (name, value) = FieldListParser.Split(token, args);
            return new JournalFieldExpectation(ParseJournalField(args, name), value);
        }).ToList();
        return new ExpectTxnCommand(voucher, fields) { Line = line };
    }

    private static ExpectHostSentCommand ParseHostSent(CommandArgs args, int line)
    {
        var mti = Mti(args);
        var fields = args.From(1).Select(token =>
        {
            var (name, value) = FieldListParser.Split(token, args);
            if (!HostFieldName().IsMatch(name))
                throw args.Wrong($"has a bad ISO 8583 field '{Echo.Cut(name)}' (a field number such as 39, or a sub-field such as 60.1)");
            return new FieldExpectation(name, value);
        }).ToList();
        return new ExpectHostSentCommand(mti, fields) { Line = line };
    }

    private static SaveCommand ParseSave(CommandArgs args, int line)
    {
        var name = args.Plain(0);
        if (!TextTemplate.IsValidName(name))
            throw args.Wrong($"has a bad variable name '{Echo.Cut(name)}' (letters, digits and _, not starting with a digit)");
        if (args.Plain(1) != "txn")
            throw args.Wrong($"can only save from 'txn', got '{Echo.Cut(args[1].Text)}'");
        return new SaveCommand(name, Voucher(args, 2), ParseJournalField(args, args.Plain(3))) { Line = line };
    }

    private static VoucherRef Voucher(CommandArgs args, int index)
    {
        var text = args.Plain(index);
        if (!VoucherRef.TryParse(text, out var voucher))
            throw args.Wrong($"has a bad voucher '{Echo.Cut(text)}' (6 digits such as 000002, or last)");
        return voucher;
    }

    private static JournalField ParseJournalField(CommandArgs args, string name)
    {
        if (!JournalFieldNames.TryParse(name, out var field))
            throw args.Wrong($"has no journal field '{Echo.Cut(name)}' (fields: {JournalFieldNames.AllNames})");
        return field;
    }

    private static string Mti(CommandArgs args)
    {
        var mti = args.Plain(0);
        if (mti.Length != 4 || !mti.All(char.IsAsciiDigit))
            throw args.Wrong($"has a bad MTI '{Echo.Cut(mti)}' (4 digits such as 0200)");
        return mti;
    }

    [GeneratedRegex(@"^[0-9]{1,3}(\.[0-9]{1,3})*$")]
    private static partial Regex HostFieldName();
}
