using System.Globalization;
using LakalaPos.Ecr.Messages;
using LakalaPos.Replay.Parsing.Commands;
using LakalaPos.Shared;

namespace LakalaPos.Replay.Parsing;

/// <summary>The cash-register (ECR) lines: the register's requests and the check of its last answer.</summary>
internal static class EcrCommandParser
{
    /// <summary>The answer fields a script may check (the link's names; amount in yuan as elsewhere in scripts).</summary>
    internal static readonly string[] AnswerFields = ["result", "reason", "voucher", "rrn", "auth", "amount", "code", "card", "order", "batch", "status", "message"];

    public static ScriptCommand? TryParse(string word, IReadOnlyList<RawToken> tokens, int line)
    {
        if (word != "ecr")
            return null;
        const string usage = "ecr sale ORDER ITEM... | ecr refund ORDER ITEM... | ecr void ORDER | ecr query ORDER";
        if (tokens.Count == 0)
            throw new ScriptSyntaxException($"ecr needs a request (usage: {usage})");
        var request = tokens[0].Text;
        var rest = tokens.Skip(1).ToList();
        switch (request)
        {
            case "sale":
                var sale = new CommandArgs("ecr sale", "ecr sale ORDER \"name:qty:price\"...", rest).AtLeast(2);
                return new EcrSaleCommand(Order(sale), Items(sale, SaleItem)) { Line = line };
            case "refund":
                var refund = new CommandArgs("ecr refund", "ecr refund ORDER \"name:qty\"...", rest).AtLeast(2);
                return new EcrRefundCommand(Order(refund), Items(refund, RefundItem)) { Line = line };
            case "void":
                return new EcrVoidCommand(Order(new CommandArgs("ecr void", "ecr void ORDER", rest).Exactly(1))) { Line = line };
            case "query":
                return new EcrQueryCommand(Order(new CommandArgs("ecr query", "ecr query ORDER", rest).Exactly(1))) { Line = line };
            default:
                throw new ScriptSyntaxException($"unknown ecr request '{Echo.Cut(request)}' (usage: {usage})");
        }
    }

    public static ExpectEcrCommand ParseExpectEcr(CommandArgs args, int line)
    {
        var fields = args.From(0).Select(token =>
        {
            var (name, value) = FieldListParser.Split(token, args);
            if (!AnswerFields.Contains(name))
                throw args.Wrong($"has no answer field '{Echo.Cut(name)}' (fields: {string.Join(", ", AnswerFields)})");
            return new FieldExpectation(name, value);
        }).ToList();
        return new ExpectEcrCommand(fields) { Line = line };
    }

    private static string Order(CommandArgs args)
    {
        var order = args.Plain(0);
        if (order.Length == 0)
            throw args.Wrong("needs an order number");
        return order;
    }

    private static List<T> Items<T>(CommandArgs args, Func<string, CommandArgs, T> parse) =>
        Enumerable.Range(1, args.Count - 1).Select(i => parse(args.Plain(i), args)).ToList();

    /// <summary>"name:qty:price", read as the register reads it (<see cref="RegisterItemText"/>).</summary>
    private static EcrSaleItem SaleItem(string text, CommandArgs args)
    {
        var item = Item(text, priced: true, "\"name:qty:price\" such as \"可乐:2:3.50\"", args);
        return new EcrSaleItem(item.Name, item.Quantity, item.UnitPriceFen!.Value);
    }

    private static EcrRefundItem RefundItem(string text, CommandArgs args)
    {
        var item = Item(text, priced: false, "\"name:qty\" such as \"可乐:1\"", args);
        return new EcrRefundItem(item.Name, item.Quantity);
    }

    private static RegisterItem Item(string text, bool priced, string form, CommandArgs args) =>
        RegisterItemText.Parse(text, priced, out var problem) ?? throw args.Wrong(problem == "bad item"
            ? $"has a bad item '{Echo.Cut(text)}' ({form})"
            : $"has a {problem} in item '{Echo.Cut(text)}'");
}
