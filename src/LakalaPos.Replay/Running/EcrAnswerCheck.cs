using LakalaPos.Core.Money;
using LakalaPos.Replay.Parsing;
using LakalaPos.Replay.Parsing.Commands;

namespace LakalaPos.Replay.Running;

/// <summary>
/// <c>expect ecr FIELD=VALUE...</c>: the register's answer to its last request has those values.
/// Fields are the link's (result, reason, voucher, rrn, auth, code, card, order, batch, status,
/// message), except that <c>amount</c> is written in yuan as everywhere in scripts ("19.00").
/// </summary>
internal static class EcrAnswerCheck
{
    public static void Check(ExpectEcrCommand check, IReadOnlyDictionary<string, string>? answer, Func<TextTemplate, string> resolve)
    {
        var expected = check.Fields.Select(f => (f.Field, Value: resolve(f.Value))).ToList();
        var wanted = string.Join(" ", expected.Select(e => $"{e.Field}={e.Value}"));
        if (answer is null)
            throw new ScriptFailure($"expected ecr {wanted}, the register has no answer to its last request yet");
        var wrong = expected.Where(e => !Matches(e.Field, Read(answer, e.Field), e.Value)).ToList();
        if (wrong.Count > 0)
            throw new ScriptFailure(
                $"expected ecr {string.Join(" ", wrong.Select(e => $"{e.Field}={e.Value}"))}, was {string.Join(" ", wrong.Select(e => $"{e.Field}={Read(answer, e.Field) ?? "(none)"}"))}");
    }

    private static string? Read(IReadOnlyDictionary<string, string> answer, string field)
    {
        if (!answer.TryGetValue(field, out var value))
            return null;
        return field == "amount" && long.TryParse(value, out var fen) ? Fen.Format(fen) : value;
    }

    private static bool Matches(string field, string? actual, string expected) =>
        actual is not null && (field == "amount" && Fen.TryParseYuan(expected, out var fen) && Fen.TryParseYuan(actual, out var was)
            ? fen == was
            : string.Equals(actual, expected, StringComparison.Ordinal));
}
