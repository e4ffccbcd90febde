using LakalaPos.Core.Engine;
using LakalaPos.Core.Host;
using LakalaPos.Core.Journal;
using LakalaPos.Core.Screens;

namespace LakalaPos.Core.Flows;

/// <summary>
/// 批上送 (0320) after a settlement: every approved and unknown-status transaction of the settled
/// batch, eight to a message, 60.3 = 201 and 202 on the last. Done: the settlement is marked
/// uploaded. Not done (a decline or no answer): it stays pending and is resumed after the next
/// sign-in. It ends by telling whether the upload finished: to the continuation it was given, or,
/// pushed (<see cref="TerminalContext.Push"/>), by returning <see cref="ChildResult.Done"/> to the flow that pushed it.
/// </summary>
public sealed class BatchUploadActivity : Activity
{
    public const int EntriesPerMessage = 8;

    private readonly int _batch;
    private readonly Func<bool, Activity>? _next;

    /// <summary>The upload of <paramref name="batch"/>, going on to what <paramref name="next"/> says.</summary>
    public BatchUploadActivity(int batch, Func<bool, Activity> next)
    {
        _batch = batch;
        _next = next;
    }

    /// <summary>The upload of <paramref name="batch"/>, pushed by a flow: it returns to it, done when finished.</summary>
    public BatchUploadActivity(int batch) => _batch = batch;

    private List<BatchUploadEntry[]> _groups = [];
    private int _group;

    public override string Name => $"BatchUpload/{_group + 1}";

    public override void Enter(TerminalContext ctx)
    {
        _groups = Entries(ctx).Chunk(EntriesPerMessage).ToList();
        if (_groups.Count == 0)
            _groups.Add([]);
        ctx.Log.Information("Batch upload of batch {Batch:000000}: {Count} transactions in {Messages} messages",
            _batch, _groups.Sum(g => g.Length), _groups.Count);
        SendGroup(ctx);
    }

    private void Answered(TerminalContext ctx, ExchangeResult result)
    {
        if (result.TimedOut)
        {
            ctx.Log.Warning("Batch upload of batch {Batch:000000}: no answer to message {Message}; resumed after the next sign-in", _batch, _group + 1);
            End(ctx, result, done: false);
            return;
        }
        if (!result.Approved)
        {
            ctx.Log.Warning("Batch upload of batch {Batch:000000} stopped at message {Message}: {Outcome} {Code}; resumed after the next sign-in",
                _batch, _group + 1, result.Outcome, result.Response?.ResponseCode);
            End(ctx, result, done: false);
            return;
        }
        _group++;
        if (_group < _groups.Count)
        {
            SendGroup(ctx);
            return;
        }
        ctx.Journal.MarkSettlementUploaded(_batch);
        End(ctx, result, done: true);
    }

    private void End(TerminalContext ctx, ExchangeResult last, bool done)
    {
        if (_next is { } next)
            ctx.Go(next(done));
        else
            ctx.Return(new ChildResult(done, last));
    }

    private void SendGroup(TerminalContext ctx)
    {
        ctx.Show(Screen.Of(ctx.Say(Phrase.BatchUploadTitle), ctx.Say(Phrase.Processing), $"{_group + 1}/{_groups.Count}"));
        var request = HostRequests.New(ctx, HostMessageKind.BatchUpload, ctx.Journal.NextTrace()) with
        {
            Batch = _batch,
            UploadEntries = _groups[_group],
            UploadIsLast = _group == _groups.Count - 1,
        };
        ctx.Exchange.Send(request, Answered);
    }

    private IEnumerable<BatchUploadEntry> Entries(TerminalContext ctx)
    {
        foreach (var txn in ctx.Journal.ListBatch(_batch).Reverse())
        {
            if (txn.Type == TransactionType.Balance || txn.Status is not (TransactionStatus.Approved or TransactionStatus.Unknown))
                continue;
            if (TransactionLifecycle.Of(txn).UploadEntry(ctx.Options.PanProtector) is not { } entry)
            {
                ctx.Log.Error("Batch upload: the card number of voucher {Voucher:000000} cannot be read back; left out", txn.Voucher);
                continue;
            }
            yield return entry;
        }
    }
}
