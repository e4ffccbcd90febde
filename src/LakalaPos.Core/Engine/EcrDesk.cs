using LakalaPos.Core.Ecr;
using LakalaPos.Core.Journal;

namespace LakalaPos.Core.Engine;

/// <summary>
/// Where register requests are met (spec section 12). A query is answered at once from the
/// journal. A request asked again is answered from the journal — the same answer, nothing run
/// twice — or, while it is still in hand, acknowledged by the link and answered when done. A new
/// request goes to the current activity (<see cref="Activity.OnEcrRequest"/>): idle takes it on
/// (<see cref="TakeOn"/>), anything else answers BUSY. A request taken on is on disk before its
/// flow starts and is always answered: from its transaction's record (<see cref="Settled"/>), or
/// CANCELLED when its flow ends without one (<see cref="TerminalEngine"/> tells <see cref="Left"/>).
/// A refusal before it is taken on is not kept: asked again, it is looked at again.
/// </summary>
public sealed class EcrDesk
{
    private readonly TerminalContext _ctx;

    internal EcrDesk(TerminalContext ctx) => _ctx = ctx;

    /// <summary>The request a flow is serving now, or null.</summary>
    public EcrRequest? InHand { get; private set; }

    /// <summary>The register asked: answered here, or handed to <paramref name="current"/>.</summary>
    internal void Received(EcrRequest request, Activity current)
    {
        _ctx.Log.Information("ECR {Kind} request {RequestId} for order {OrderNo} with {Items} items in {Activity}",
            request.Kind.ToString(), request.RequestId, request.OrderNo, request.Items.Count, current.Name);
        if (request.Kind == EcrRequestKind.Query)
        {
            Send(EcrAnswers.Query(request, OrderState.Of(_ctx.Journal, request.OrderNo), _ctx.Language));
            return;
        }
        EcrRequestRecord? known;
        try
        {
            known = _ctx.Journal.FindEcrRequest(request.RequestId);
        }
        catch (InvalidDataException ex)
        {
            // A damaged row must not disturb what the cashier is doing: the register is told, the terminal goes on.
            _ctx.Log.Error("ECR request {RequestId}: its row in the journal cannot be read ({Problem}); refused, nothing done", request.RequestId, ex.Message);
            Refuse(request, EcrReason.Invalid, "its row in the journal cannot be read");
            return;
        }
        // A request in hand is on disk too (TakeOn): one check of an id reused for another request covers both.
        if (known is not null && (known.Kind != request.Kind || known.OrderNo != request.OrderNo))
        {
            Refuse(request, EcrReason.Invalid,
                $"request id {request.RequestId} was used for the {known.Kind.ToString().ToLowerInvariant()} of order {known.OrderNo}: a new request needs a new id");
            return;
        }
        if (InHand?.RequestId == request.RequestId)
        {
            _ctx.Log.Information("ECR request {RequestId} asked again while in hand: its answer follows when it is done", request.RequestId);
            return;
        }
        if (known is not null)
        {
            AnswerAgain(known);
            return;
        }
        current.OnEcrRequest(_ctx, request);
    }

    /// <summary>
    /// Refuses a request that was not taken on (nothing done, nothing kept): ERROR with
    /// <paramref name="reason"/>; <paramref name="message"/> replaces the reason's own text for the register's screen.
    /// </summary>
    public void Refuse(EcrRequest request, EcrReason reason, string why, string? message = null)
    {
        _ctx.Log.Information("ECR request {RequestId} refused ({Reason}): {Why}", request.RequestId, reason.ToString(), why);
        var answer = EcrAnswers.Error(request, reason, _ctx.Language);
        Send(message is null ? answer : answer with { Message = message });
    }

    /// <summary>A flow takes the request on: it is on disk before anything else happens, and will be answered.</summary>
    public void TakeOn(EcrRequest request)
    {
        if (InHand is { } other)
            throw new InvalidOperationException($"ECR request {request.RequestId} taken on while {other.RequestId} is in hand");
        _ctx.Journal.SaveEcrRequest(new EcrRequestRecord(request.RequestId, request.Kind, request.OrderNo, _ctx.Now, null));
        InHand = request;
        _ctx.Log.Information("ECR request {RequestId} taken on: {Kind} of order {OrderNo}", request.RequestId, request.Kind.ToString(), request.OrderNo);
    }

    /// <summary>A transaction's outcome is on disk: when it is the one in hand, the register gets its answer.</summary>
    public void Settled(TransactionRecord record)
    {
        if (InHand is not { } request || record.EcrRequestId != request.RequestId)
            return;
        if (!EcrAnswers.IsFinal(record))
        {
            // No answer from the host: the reversal decides what the register is told (the reversal step serves the request).
            _ctx.Log.Information("ECR request {RequestId}: no answer from the host; answered once its reversal is settled", request.RequestId);
            return;
        }
        Finish(request, EcrAnswers.Of(request.Kind, request.RequestId, request.OrderNo, record, _ctx.Language));
    }

    /// <summary>
    /// The flow serving <paramref name="request"/> ends with nothing sent for a reason of the terminal's
    /// own (the way to the host was not clear: a sign-in or a reversal failed): ERROR <paramref name="reason"/>.
    /// </summary>
    public void NotDone(EcrRequest request, EcrReason reason)
    {
        if (InHand is { } inHand && ReferenceEquals(inHand, request))
            Finish(request, EcrAnswers.Error(request, reason, _ctx.Language));
    }

    /// <summary>
    /// The engine moved to <paramref name="next"/>: when it does not serve the request in hand, the
    /// flow that did was left without an outcome (cancelled, timed out, refused on the way): ERROR CANCELLED.
    /// </summary>
    internal void Left(Activity next)
    {
        if (InHand is not { } request || ReferenceEquals(next.Serves, request))
            return;
        if (_ctx.Journal.FindByEcrRequest(request.RequestId) is { } record)
        {
            // Its transaction went out: the register is told how it stands now; kept only once that can change no more.
            _ctx.Log.Information("ECR request {RequestId}: its flow ended in {Activity}; voucher {Voucher:000000} is {Status}",
                request.RequestId, next.Name, record.Voucher, record.Status.ToString());
            Finish(request, EcrAnswers.Of(request.Kind, request.RequestId, request.OrderNo, record, _ctx.Language), keep: EcrAnswers.IsFinal(record));
            return;
        }
        _ctx.Log.Information("ECR request {RequestId}: its flow ended in {Activity} with nothing sent", request.RequestId, next.Name);
        Finish(request, EcrAnswers.Error(request, EcrReason.Cancelled, _ctx.Language));
    }

    /// <summary>Power is gone: what was in hand is on disk, and asking again after boot answers it.</summary>
    internal void PowerLost() => InHand = null;

    /// <summary>The request is no longer in hand: its answer is sent, and kept unless it may still change (<paramref name="keep"/>).</summary>
    private void Finish(EcrRequest request, EcrAnswer answer, bool keep = true)
    {
        InHand = null;
        if (keep)
            _ctx.Journal.SaveEcrRequest(new EcrRequestRecord(request.RequestId, request.Kind, request.OrderNo, _ctx.Now, answer));
        Send(answer);
    }

    // Asked again: the answer kept, or — taken on before a power cut and never answered — the one its record gives.
    private void AnswerAgain(EcrRequestRecord known)
    {
        if (known.Answer is { } kept)
        {
            _ctx.Log.Information("ECR request {RequestId} asked again: the same answer ({Result})", known.RequestId, kept.Result.ToString());
            Send(kept);
            return;
        }
        var request = new EcrRequest(known.RequestId, known.Kind, known.OrderNo, []);
        var answer = _ctx.Journal.FindByEcrRequest(known.RequestId) is { } record
            ? EcrAnswers.Of(known.Kind, known.RequestId, known.OrderNo, record, _ctx.Language)
            : EcrAnswers.Error(request, EcrReason.Interrupted, _ctx.Language);
        _ctx.Log.Warning("ECR request {RequestId} was in hand at a power loss: answered {Result} {Reason} from the journal",
            known.RequestId, answer.Result.ToString(), answer.Reason.ToString());
        // A transaction still undecided (its reversal due) may yet end otherwise: only a final answer is kept.
        if (_ctx.Journal.FindByEcrRequest(known.RequestId) is not { } found || EcrAnswers.IsFinal(found))
            _ctx.Journal.SaveEcrRequest(known with { Answer = answer });
        Send(answer);
    }

    private void Send(EcrAnswer answer)
    {
        _ctx.Log.Information("ECR answer {RequestId}: {Result} {Reason} code {Code} voucher {Voucher} amount {Amount} card {Card}",
            answer.RequestId, answer.Result.ToString(), answer.Reason.ToString(), answer.ResponseCode, answer.Voucher, answer.AmountFen, answer.MaskedPan);
        if (_ctx.Devices.Ecr is { } port)
            port.Answer(answer);
        else
            _ctx.Log.Warning("ECR answer {RequestId} has no register link to go to", answer.RequestId);
    }
}
