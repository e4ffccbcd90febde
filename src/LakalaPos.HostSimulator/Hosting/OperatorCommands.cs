using LakalaPos.HostSimulator.Ledger;
using System.Globalization;
using LakalaPos.HostSimulator.Rules;
using LakalaPos.Shared;

namespace LakalaPos.HostSimulator.Hosting;

/// <summary>
/// Lines typed at a running simulator, the same words as a replay script's host commands:
/// "next RULE [ARGS] [text TEXT]", "offline", "online", "refundDays N", "merchantBalance AMOUNT".
/// </summary>
public sealed class OperatorCommands(AcquirerSimulator host)
{
    public const string Help = "commands: next approve|decline CODE|timeout|drop|bad-mac|garbage (approve, decline and bad-mac may end with: text TEXT) · offline · online · refundDays N · merchantBalance AMOUNT · quit";

    /// <summary>True when <see cref="Apply"/>'s reply says the command took effect ("ok: …"); else it was refused or not understood.</summary>
    public static bool IsAccepted(string reply) => reply.StartsWith("ok:", StringComparison.Ordinal);

    /// <summary>Applies a line; returns what to tell the operator.</summary>
    public string Apply(string line)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        try
        {
            switch (words)
            {
                case ["next", var rule, .. var args]:
                    host.QueueRule(rule, args);
                    return $"ok: next message gets '{string.Join(' ', words[1..])}' ({host.QueuedRuleCount} queued)";
                case ["offline"]:
                    host.Online = false;
                    return "ok: offline, connections refused";
                case ["online"]:
                    host.Online = true;
                    return "ok: online";
                case ["refundDays", var days] when int.TryParse(days, NumberStyles.None, CultureInfo.InvariantCulture, out var n):
                    host.RefundDays = n;
                    return $"ok: refunds within {n} days";
                case ["merchantBalance", var amount] when Yuan.TryParse(amount, out var fen):
                    host.MerchantBalanceFen = fen;
                    return $"ok: merchant balance {Yuan.Format(fen)}";
                case []:
                    return Help;
                default:
                    return $"not understood: '{Echo.Cut(line.Trim())}' — {Help}";
            }
        }
        catch (HostRuleException ex)
        {
            return $"refused: {ex.Message}";
        }
    }
}
