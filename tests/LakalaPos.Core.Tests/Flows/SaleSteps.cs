using LakalaPos.Core.Flows;
using LakalaPos.Core.Hardware;
using LakalaPos.Core.Journal;
using LakalaPos.Core.Tests.Support;

namespace LakalaPos.Core.Tests.Flows;

/// <summary>A cashier's sale of 100.00 at a signed-in terminal, step by step, as the card tests need it.</summary>
internal static class SaleSteps
{
    public const string Amount = "10000";

    /// <summary>Idle, with cashier 01 signed in.</summary>
    public static TestTerminal AtIdle(this TestTerminal t)
    {
        t.Ctx.Session.OperatorNo = "01";
        return t.Start(new IdleActivity());
    }

    /// <summary>The card presented at idle and the amount typed: a swiped or inserted card is asked for its PIN next.</summary>
    public static void SaleUpToPin(this TestTerminal t, CardData card)
    {
        t.AtIdle();
        t.Present(card);
        t.Type(Amount);
        t.Press(Key.Enter);
    }

    /// <summary>
    /// At idle, a swiped sale of <paramref name="amount"/> (fen, as typed) approved by the host,
    /// and back at idle (a key ends the result screen, or skips a second copy); returns its journal record.
    /// </summary>
    public static TransactionRecord ApprovedSaleFromIdle(this TestTerminal t, string amount = Amount)
    {
        t.Present(Cards.Swiped());
        t.Type(amount);
        t.Press(Key.Enter);
        t.Type("123456");
        t.Press(Key.Enter);
        t.HostAnswers("00");
        var sale = t.Journal.Last()!;
        t.Press(Key.Cancel);
        return sale;
    }

    /// <summary>Up to the moment the sale has left and its answer is awaited.</summary>
    public static void SaleSent(this TestTerminal t, CardData card)
    {
        t.SaleUpToPin(card);
        if (card.EntryMode == EntryMode.Tap)
            return;
        t.Type("123456");
        t.Press(Key.Enter);
    }
}
