using LakalaPos.Core.Journal;
using LakalaPos.Replay.Parsing;
using LakalaPos.Replay.Parsing.Commands;

namespace LakalaPos.Replay.Running;

/// <summary>The expect lines: each passes silently or throws a failure saying what was expected and what was there.</summary>
internal sealed class ScriptChecks(IReplayTarget target, ScriptVariables variables)
{
    public void Ecr(ExpectEcrCommand check) => EcrAnswerCheck.Check(check, target.EcrAnswer, variables.Resolve);

    public void Screen(ExpectScreenCommand check)
    {
        var text = variables.Resolve(check.Text);
        var screen = TextMatch.ScreenText(target.ScreenRows);
        var found = TextMatch.Contains(screen, text);
        if (check.Present && !found)
            throw new ScriptFailure($"expected screen \"{Trimmed(text)}\", was \"{screen}\"");
        if (!check.Present && found)
            throw new ScriptFailure($"expected no \"{Trimmed(text)}\" on screen, was \"{screen}\"");
    }

    public void Printed(ExpectPrintedCommand check, ObservationWindow window)
    {
        var text = variables.Resolve(check.Text);
        var receipts = window.Receipts(target);
        if (receipts.Any(receipt => TextMatch.Contains(receipt, text)))
            return;
        var was = receipts.Count == 0
            ? "nothing printed"
            : $"{Count(receipts.Count, "receipt")}: " + string.Join(" | ", receipts.Select(r => $"\"{TextMatch.Normalize(r).Trim()}\""));
        throw new ScriptFailure($"expected printed \"{Trimmed(text)}\" in the window, was {was}");
    }

    public void Receipts(ExpectReceiptsCommand check, ObservationWindow window)
    {
        var count = window.Receipts(target).Count;
        if (count != check.Count)
            throw new ScriptFailure($"expected {Count(check.Count, "receipt")} in the window, was {count}");
    }

    public void Transaction(ExpectTxnCommand check)
    {
        var record = Find(check.Voucher);
        var wrong = new List<(string Expected, string Was)>();
        foreach (var expectation in check.Fields)
        {
            var expected = variables.Resolve(expectation.Value);
            var actual = TransactionFields.Read(record, expectation.Field);
            if (!TransactionFields.Matches(expectation.Field, actual, expected))
            {
                var name = expectation.Field.ScriptName();
                wrong.Add(($"{name}={expected}", $"{name}={actual ?? "(none)"}"));
            }
        }
        if (wrong.Count > 0)
            throw new ScriptFailure(
                $"expected txn {check.Voucher} {string.Join(" ", wrong.Select(w => w.Expected))}, was {string.Join(" ", wrong.Select(w => w.Was))}");
    }

    public void HostSent(ExpectHostSentCommand check, ObservationWindow window)
    {
        var messages = window.HostMessages(target);
        var expected = check.Fields.Select(f => (f.Field, Value: variables.Resolve(f.Value))).ToList();
        var candidates = messages.Where(m => m.Mti == check.Mti).ToList();
        if (candidates.Any(m => expected.All(e => HasValue(m, e.Field, e.Value))))
            return;
        var wanted = string.Join(" ", expected.Select(e => HostMessageText.Expected(check.Mti, e.Field, e.Value)).Prepend(check.Mti));
        var was = candidates.Count == 0
            ? $"no {check.Mti} ({SeenMtis(messages)})"
            : string.Join("; ", candidates.Select(m => HostMessageText.Describe(m, expected.Select(e => e.Field))));
        throw new ScriptFailure($"expected host-sent {wanted} in the window, was {was}");
    }

    public void NoHostSent(ExpectNoHostSentCommand check, ObservationWindow window)
    {
        var sent = window.HostMessages(target).Where(m => m.Mti == check.Mti).ToList();
        if (sent.Count > 0)
            throw new ScriptFailure(
                $"expected no {check.Mti} sent to the host in the window, was {sent.Count}: {string.Join("; ", sent.Select(HostMessageText.DescribeAll))}");
    }

    /// <summary>The value for <c>save</c>; an entry without that value fails rather than saving an empty text.</summary>
    public string Read(SaveCommand save)
    {
        var record = Find(save.Voucher);
        return TransactionFields.Read(record, save.Field)
            ?? throw new ScriptFailure($"expected txn {save.Voucher} to have {save.Field.ScriptName()} (to save as ${save.Name}), was none");
    }

    private TransactionRecord Find(VoucherRef voucher)
    {
        var record = voucher.Number is { } number ? target.FindTransaction(number) : target.LastTransaction();
        return record ?? throw new ScriptFailure(voucher.IsLast
            ? "expected a last txn in the journal, was an empty journal"
            : $"expected txn {voucher} in the journal, was no such entry");
    }

    /// <summary>An empty expected value (<c>F=</c>) means the message does not carry the field at all.</summary>
    private static bool HasValue(HostMessageSeen message, string field, string expected) =>
        message.Fields.TryGetValue(field, out var value) ? expected.Length > 0 && value == expected : expected.Length == 0;

    private static string SeenMtis(IReadOnlyList<HostMessageSeen> messages) => messages.Count == 0
        ? "nothing reached the host in the window"
        : "seen: " + string.Join(", ", messages.Select(m => m.Mti));

    private static string Trimmed(string text) => TextMatch.Normalize(text).Trim();

    private static string Count(int n, string noun) => $"{n} {noun}{(n == 1 ? "" : "s")}";
}
