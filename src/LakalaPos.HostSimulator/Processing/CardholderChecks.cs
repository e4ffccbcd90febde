using System.Globalization;
using LakalaPos.Iso8583.Cards;
using LakalaPos.HostSimulator.Ledger;

namespace LakalaPos.HostSimulator.Processing;

/// <summary>The issuer's view of a card request: the card passed, or the code it was declined with.</summary>
internal readonly record struct CardCheck(TestCardSpec? Card, string? DeclineCode)
{
    public bool Passed => DeclineCode is null && Card is not null;
}

/// <summary>
/// Card, expiry and cardholder verification, shared by sale and balance inquiry (and, for the
/// PIN alone, void). Order: unknown card 14, expired 54, PIN (75 locked, 55 wrong, 05 missing).
/// </summary>
internal sealed class CardholderChecks(HostServices services)
{
    /// <summary>The test card with this number; null for a number the issuer does not know.</summary>
    public TestCardSpec? KnownCard(string? pan) => pan is null ? null : services.Settings.Cards.FirstOrDefault(c => c.Pan == pan);

    public CardCheck Verify(RequestContext context, long amountFen, bool allowNoPinTap)
    {
        var card = KnownCard(RequestFields.Pan(context.Request));
        if (card is null)
            return new CardCheck(null, "14");
        // The issuer's own record decides; an expiry the terminal read that has passed declines too.
        var readExpiry = RequestFields.Expiry(context.Request);
        if (IsExpired(card.ExpiryYyMm, context.Today) || (readExpiry is not null && IsExpired(readExpiry, context.Today)))
            return new CardCheck(card, "54");
        var pinCode = VerifyCardholder(context, card, amountFen, allowNoPinTap);
        return new CardCheck(card, pinCode);
    }

    /// <summary>A card is good through the last day of its expiry month; an unreadable expiry counts as expired.</summary>
    private static bool IsExpired(string yymm, DateOnly today)
    {
        if (yymm.Length != 4 || !yymm.All(char.IsAsciiDigit))
            return true;
        var year = 2000 + int.Parse(yymm.AsSpan(0, 2), CultureInfo.InvariantCulture);
        var month = int.Parse(yymm.AsSpan(2, 2), CultureInfo.InvariantCulture);
        if (month is < 1 or > 12)
            return true;
        return year < today.Year || (year == today.Year && month < today.Month);
    }

    /// <summary>Null when the cardholder is verified (or needs no PIN), else 75, 55 or 05.</summary>
    private string? VerifyCardholder(RequestContext context, TestCardSpec card, long amountFen, bool allowNoPinTap)
    {
        var request = context.Request;
        if (request.GetBinary(52) is { } pinBlock)
            return CheckPin(context, card, pinBlock);
        if (RequestFields.SaysPinEntered(request))
            return "55"; // field 22 says a PIN was entered but none came: the terminal lost it
        if (allowNoPinTap && RequestFields.IsContactless(request) && amountFen <= services.Settings.NoPinLimitFen)
            return null;
        return "05"; // a PIN was required and none was entered: cardholder not verified
    }

    /// <summary>
    /// For requests where the PIN is the terminal's choice (a void asks one only when voidPinRequired):
    /// no PIN is fine, a PIN that came is checked as for a sale (75, 55), and field 22 saying a PIN
    /// was entered without field 52 is 55, as for a sale.
    /// </summary>
    public string? VerifyPinIfEntered(RequestContext context, TestCardSpec card)
    {
        var request = context.Request;
        if (request.GetBinary(52) is { } pinBlock)
            return CheckPin(context, card, pinBlock);
        return RequestFields.SaysPinEntered(request) ? "55" : null;
    }

    private string? CheckPin(RequestContext context, TestCardSpec card, byte[] pinBlock)
    {
        var store = services.Store;
        var failures = store.PinTries(card.Pan).FailuresOn(context.Today);
        var maxTries = services.Settings.MaxPinTries;
        if (failures >= maxTries)
            return "75";
        var keys = context.Keys ?? throw new InvalidOperationException("PIN check without a session (the router must refuse first)");
        var pin = services.Crypto.DecryptPin(pinBlock, card.Pan, keys.PinKey);
        if (pin == card.Pin)
        {
            if (failures > 0)
                store.SetPinTries(card.Pan, new PinTries(0, context.Today));
            return null;
        }
        failures++;
        store.SetPinTries(card.Pan, new PinTries(failures, context.Today));
        services.Log.Information("Wrong PIN for {Card}, {Failures} of {MaxTries} today", card, failures, maxTries);
        return failures >= maxTries ? "75" : "55";
    }
}
