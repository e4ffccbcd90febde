using LakalaPos.Core.Engine;
using LakalaPos.Core.Host;
using LakalaPos.Core.Journal;
using LakalaPos.Core.Screens;

namespace LakalaPos.Core.Flows;

/// <summary>
/// 批上送 (0320) after a settlement: every approved and unknown-status transaction of the settled
/// batch, eight to a message, 60.3 = 201 and 202 on the last. Done: the settlement is marked
/// uploaded. Not done (a decline or no answer): it stays pending and is resumed after the next
/// sign-in. <paramref name="next"/> is told whether the upload finished.
/// </summary>
public sealed class BatchUploadActivity(int batch, Func<bool, Activity> next) : Activity
{
    public const int EntriesPerMessage = 8;

    private List<BatchUploadEntry[]> _groups = [];
    private int _group;

    public override string Name => $"BatchUpload/{_group + 1}";

    public override void Enter(TerminalContext ctx)
    {
        _groups = Entries(ctx).Chunk(EntriesPerMessage).ToList();
        if (_groups.Count == 0)
            _groups.Add([]);
        ctx.Log.Information("Batch upload of batch {Batch:000000}: {Count} transactions in {Messages} messages",
            batch, _groups.Sum(g => g.Length), _groups.Count);
        SendGroup(ctx);
    }

    private void Answered(TerminalContext ctx, ExchangeResult result)
    {
        if (result.TimedOut)
        {
            ctx.Log.Warning("Batch upload of batch {Batch:000000}: no answer to message {Message}; resumed after the next sign-in", batch, _group + 1);
            ctx.Go(next(false));
            return;
        }
        if (!result.Approved)
        {
            ctx.Log.Warning("Batch upload of batch {Batch:000000} stopped at message {Message}: {Outcome} {Code}; resumed after the next sign-in",
                batch, _group + 1, result.Outcome, result.Response?.ResponseCode);
            ctx.Go(next(false));
            return;
        }
        _group++;
        if (_group < _groups.Count)
        {
            SendGroup(ctx);
            return;
        }
        ctx.Journal.MarkSettlementUploaded(batch);
        ctx.Go(next(true));
    }

    private void SendGroup(TerminalContext ctx)
    {
        ctx.Show(Screen.Of(ctx.Say(Phrase.BatchUploadTitle), ctx.Say(Phrase.Processing), $"{_group + 1}/{_groups.Count}"));
        var request = HostRequests.New(ctx, HostMessageKind.BatchUpload, ctx.Journal.NextTrace()) with
        {
            Batch = batch,
            UploadEntries = _groups[_group],
            UploadIsLast = _group == _groups.Count - 1,
        };
        ctx.Exchange.Send(request, Answered);
    }

    private IEnumerable<BatchUploadEntry> Entries(TerminalContext ctx)
    {
        foreach (var txn in ctx.Journal.ListBatch(batch).Reverse())
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
