using LakalaPos.Iso8583.Messages;
using LakalaPos.Iso8583.Fields;

namespace LakalaPos.HostSimulator.Processing;

/// <summary>0200 / 310000: card and PIN checks (a PIN is always needed), then the balance in field 54. Nothing is booked.</summary>
internal sealed class BalanceInquiryHandler(HostServices services, CardholderChecks cardholder)
{
    public Iso8583Message Handle(RequestContext context)
    {
        var request = context.Request;
        var pan = RequestFields.Pan(request);
        if (!context.Forced)
        {
            var check = cardholder.Verify(context, amountFen: 0, allowNoPinTap: false);
            if (!check.Passed)
                return Answers.For(request, check.DeclineCode!);
        }

        var available = pan is null ? 0 : services.Store.AvailableFen(pan) ?? 0;
        var answer = Answers.For(request, "00").WithHostTime(context.Now, settlement: true);
        answer.Set(37, ReferenceNumbers.Rrn(context.Now, services.Store.NextSequence()));
        answer.Set(54, BalanceField.Format(available));
        answer.Set(63, services.Settings.CardOrganisation);
        return answer;
    }
}
