using LakalaPos.Iso8583.Messages;

namespace LakalaPos.HostSimulator.Processing;

/// <summary>0820: echo test (60.3 = 301) and sign-out (60.3 = 002). Neither needs a session.</summary>
internal sealed class NetworkHandler(HostServices services)
{
    public Iso8583Message Handle(RequestContext context)
    {
        var request = context.Request;
        switch (RequestFields.NetworkCode(request))
        {
            case Field60.NetworkEcho:
                return Answers.For(request, "00").WithHostTime(context.Now);
            case Field60.NetworkSignOut:
                services.Store.EndSession(context.Terminal);
                services.Log.Information("Terminal {Terminal} signed out", context.Terminal);
                return Answers.For(request, "00").WithHostTime(context.Now);
            default:
                return Answers.For(request, context.Forced ? "00" : "12");
        }
    }
}
