using System.Text;
using LakalaPos.Core.Ecr;
using LakalaPos.Ecr.Link;
using LakalaPos.Ecr.Framing;
using LakalaPos.Ecr.Messages;
using Serilog;

namespace LakalaPos.Devices.Ecr;

/// <summary>
/// The terminal's end of the register link with no I/O and no thread, shared by the port (which
/// drives it from its reader thread) and the loopback (which drives it on the caller's thread): a
/// request that reads and keeps <see cref="EcrRequestRules"/> is raised as an <see cref="EcrRequest"/>;
/// one that does not is answered ERROR INVALID here, with the problem in message, and never raised.
/// </summary>
internal sealed class EcrTerminalSide
{
    private readonly ILogger _log;
    private readonly Action<EcrRequest> _raise;

    public EcrTerminalSide(string name, Action<EcrRequest> raise, ILogger log, TimeProvider time, EcrLinkTiming? timing = null)
    {
        _raise = raise;
        _log = log;
        Link = new EcrLink(time, name, log, timing);
        Link.Delivered += OnDelivered;
        Link.GivenUp += OnGivenUp;
    }

    public EcrLink Link { get; }

    /// <summary>Queues the answer on the link; a failure is logged, never thrown.</summary>
    public void Answer(EcrAnswer answer)
    {
        try
        {
            Link.Send(Fitted(EcrWireMapping.ToWire(answer), answer.RequestId));
            _log.Information("ECR answer to request {RequestId} ({Kind} order {OrderNo}): {Result} {Reason}",
                answer.RequestId, answer.Kind, answer.OrderNo, answer.Result, answer.Reason);
        }
        catch (Exception e)
        {
            _log.Error(e, "ECR answer to request {RequestId} could not be sent; the register can ask again with the same id", answer.RequestId);
        }
    }

    /// <summary>
    /// The answer's body; a query's answer too long for one frame (a big order with long names)
    /// goes without its lines rather than not at all, and says so.
    /// </summary>
    private string Fitted(TerminalAnswer answer, string requestId)
    {
        var body = answer.ToMessage().Format();
        if (Encoding.UTF8.GetByteCount(body) <= EcrFrame.MaxBodyLength || answer.Lines.Count == 0)
            return body;
        _log.Warning("ECR answer to request {RequestId}: its {Lines} lines make it longer than a frame; sent without them", requestId, answer.Lines.Count);
        return (answer with { Lines = [], Message = $"{answer.Message} ({LinesLeftOut})".TrimStart() }).ToMessage().Format();
    }

    /// <summary>What a query's answer says when its lines were left out.</summary>
    public const string LinesLeftOut = "lines left out: too long for one frame";

    /// <summary>The register dropped off (or the link changed): what was not acknowledged is given up.</summary>
    public void Reset() => Link.Reset();

    private void OnDelivered(string body)
    {
        RegisterRequest wire;
        try
        {
            wire = RegisterRequest.Parse(body);
        }
        catch (EcrFormatException e)
        {
            Refuse(body, e.Message);
            return;
        }
        var request = EcrWireMapping.ToCore(wire);
        if (EcrRequestRules.Problem(request) is { } problem)
        {
            Refuse(body, problem);
            return;
        }
        _log.Information("ECR request {RequestId}: {Kind} order {OrderNo}, {Items} item(s)", request.RequestId, request.Kind, request.OrderNo, request.Items.Count);
        try
        {
            _raise(request);
        }
        catch (Exception e)
        {
            _log.Error(e, "ECR request {RequestId}: a handler failed; the register can ask again with the same id", request.RequestId);
        }
    }

    /// <summary>Answers ERROR INVALID, echoing the id, type and order when they can be read.</summary>
    private void Refuse(string body, string problem)
    {
        var id = EcrMessage.FindId(body) is { } given && EcrRequestRules.IsIdentifier(given) ? given : "";
        var type = EcrMessage.Find(body, "type") is { } text && WireNames.RequestType(text) is not null ? text : "";
        var order = EcrMessage.Find(body, "order") is { } number && EcrRequestRules.IsIdentifier(number) ? number : "";
        _log.Warning("ECR request {RequestId} refused: {Problem}", id, problem);
        var answer = new TerminalAnswer { Id = id, Request = type, Order = order, Result = AnswerResult.Error, Reason = "INVALID", Message = problem };
        try
        {
            Link.Send(answer.ToMessage().Format());
        }
        catch (ArgumentException e)
        {
            _log.Error(e, "ECR request {RequestId}: the refusal could not be sent", id);
        }
    }

    private void OnGivenUp(string body) =>
        _log.Warning("ECR answer to request {RequestId} was not acknowledged by the register and is dropped; the register can ask again with the same id",
            EcrMessage.FindId(body) ?? "");
}
