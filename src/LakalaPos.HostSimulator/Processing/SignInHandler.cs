using LakalaPos.Iso8583.Messages;

namespace LakalaPos.HostSimulator.Processing;

/// <summary>0800 with 60.3 = 003: new working keys for the terminal, sent in field 62 under its master key.</summary>
internal sealed class SignInHandler(HostServices services)
{
    public Iso8583Message Handle(RequestContext context)
    {
        var request = context.Request;
        if (RequestFields.NetworkCode(request) != Field60.NetworkSignInDoubleKeys && !context.Forced)
            return Answers.For(request, "12"); // only double-length keys are offered

        var keys = services.Crypto.NewWorkingKeys();
        var field62 = services.Crypto.PackWorkingKeys(keys, services.Settings.MasterKeyFor(context.Terminal.TerminalNumber));
        services.Store.StartSession(context.Terminal, keys);
        services.Log.Information("Terminal {Terminal} signed in with new working keys", context.Terminal);

        var answer = Answers.For(request, "00").WithHostTime(context.Now);
        answer.Set(37, ReferenceNumbers.Rrn(context.Now, services.Store.NextSequence()));
        answer.Set(62, field62);
        return answer;
    }
}
