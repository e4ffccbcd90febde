using LakalaPos.Emulator.Web.Board;
using LakalaPos.Emulator.Web.Control;
using Microsoft.AspNetCore.Http;
using Serilog;

namespace LakalaPos.Emulator.Web.Server;

/// <summary>
/// Around every request: input from a page of another site is refused (a site the browser has
/// open elsewhere cannot press keys here), and a request that fails gets a message, never a crash.
/// </summary>
internal static class RequestGuard
{
    public static Func<HttpContext, RequestDelegate, Task> Create(ILogger log) => async (context, next) =>
    {
        if (HttpMethods.IsPost(context.Request.Method) && IsFromAnotherSite(context.Request))
        {
            await EmulatorEndpoints.Write(context, new InputResult(403, new ApiReply(false, "input from a page of another site is refused")));
            return;
        }
        try
        {
            await next(context);
        }
        catch (Exception ex) when (ex is not OperationCanceledException && !context.Response.HasStarted)
        {
            log.Warning("Emulator: {Method} {Path} failed: {Reason}", context.Request.Method, context.Request.Path.Value, ex.Message);
            await EmulatorEndpoints.Write(context, new InputResult(500, new ApiReply(false, $"the emulator failed on this request: {ex.Message}")));
        }
    };

    private static bool IsFromAnotherSite(HttpRequest request) =>
        request.Headers.Origin is [{ } origin] && !string.Equals(origin, $"{request.Scheme}://{request.Host}", StringComparison.OrdinalIgnoreCase);
}
