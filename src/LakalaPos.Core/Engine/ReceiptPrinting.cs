using LakalaPos.Core.Hardware;

namespace LakalaPos.Core.Engine;

/// <summary>What printing one job came to: the printer's outcome, and the exception when the driver threw (then <see cref="PrintOutcome.Failed"/>).</summary>
public readonly record struct PrintResult(PrintOutcome Outcome, Exception? Fault)
{
    public bool Printed => Outcome == PrintOutcome.Printed;
}

/// <summary>
/// The receipt printer as the engine uses it: jobs print one at a time, in the order given, as
/// device calls (<see cref="DeviceCalls"/>) — a slow printer never holds keys or timers. Whoever
/// gave a job is told its result on the engine's thread while it is still the current activity;
/// a job given with no continuation (a fault slip) is only logged. Whoever waits is told within
/// <see cref="AnswerLimit"/>, as the host exchange tells within the host time-out: a printer that
/// has not answered by then is a failed print (a later answer is only logged).
/// </summary>
public sealed class ReceiptPrinting
{
    /// <summary>
    /// The longest a flow waits for the printer's answer: a driver that hangs (a port that never
    /// lets a write finish) must not hold the terminal. Drivers give up far sooner on their own.
    /// </summary>
    public static readonly TimeSpan AnswerLimit = TimeSpan.FromSeconds(60);

    private readonly TerminalContext _ctx;
    private readonly Func<Activity?> _current;
    private readonly Queue<Job> _waiting = new();
    private Job? _printing;

    internal ReceiptPrinting(TerminalContext ctx, Func<Activity?> current)
    {
        _ctx = ctx;
        _current = current;
    }

    private sealed class Job(string what, IReadOnlyList<string> lines, Activity? owner, Action<TerminalContext, PrintResult>? then, TimerTicket? limit)
    {
        public string What { get; } = what;
        public IReadOnlyList<string> Lines { get; } = lines;
        public Activity? Owner { get; } = owner;
        public TimerTicket? Limit { get; } = limit;

        /// <summary>Who waits for the result; null once told (or when nobody waits).</summary>
        public Action<TerminalContext, PrintResult>? Then { get; set; } = then;
    }

    /// <summary>False when the profile has no printer (the terminal then works without printing).</summary>
    public bool HasPrinter => _ctx.Devices.Printer is not null;

    /// <summary>The paper width in columns, a Chinese character taking two (32 when there is no printer).</summary>
    public int Columns => _ctx.Devices.Printer?.Columns ?? 32;

    /// <summary>True while a job is printing or waiting to.</summary>
    public bool IsBusy => _printing is not null;

    /// <summary>
    /// Queues <paramref name="lines"/> (already laid out to <see cref="Columns"/>) for printing;
    /// <paramref name="then"/>, if given, is told the result unless the current activity is left first.
    /// </summary>
    /// <param name="what">What it is, for the log ("receipt copy 1 of voucher 000012").</param>
    public void Print(string what, IReadOnlyList<string> lines, Action<TerminalContext, PrintResult>? then = null)
    {
        if (_ctx.Devices.Printer is null)
            throw new InvalidOperationException($"{what}: this terminal has no printer");
        var limit = then is null ? null : _ctx.StartTimer("printer answer", AnswerLimit);
        _waiting.Enqueue(new Job(what, lines, then is null ? null : _current(), then, limit));
        StartNext();
    }

    /// <summary>A timer fired: if it is a job's answer limit, whoever waits is told the print failed. False for any other timer.</summary>
    internal bool OnTimer(TimerTicket ticket)
    {
        var job = _printing?.Limit == ticket ? _printing : _waiting.FirstOrDefault(j => j.Limit == ticket);
        if (job?.Then is not { } then)
            return false;
        job.Then = null;
        _ctx.Log.Error("{What}: the printer did not answer within {Seconds:0} s", job.What, AnswerLimit.TotalSeconds);
        then(_ctx, new PrintResult(PrintOutcome.Failed, new TimeoutException($"the printer did not answer within {AnswerLimit.TotalSeconds:0} s")));
        return true;
    }

    /// <summary>Power is gone: jobs not printed are forgotten (the journal says what was printed).</summary>
    internal void PowerLost()
    {
        _waiting.Clear();
        _printing = null;
    }

    private void StartNext()
    {
        if (_printing is not null || !_waiting.TryDequeue(out var job) || _ctx.Devices.Printer is not { } printer)
            return;
        _printing = job;
        _ctx.Calls.RunForAnyActivity($"printer: {job.What}", () => printer.Print(job.Lines), (ctx, result) => Finished(ctx, job, result));
    }

    private void Finished(TerminalContext ctx, Job job, CallResult<PrintOutcome> result)
    {
        if (!ReferenceEquals(_printing, job))
            return;
        _printing = null;
        ctx.CancelTimer(job.Limit);
        var printed = new PrintResult(result.Failed ? PrintOutcome.Failed : result.Value, result.Fault);
        ctx.Log.Information("Printed {What}: {Outcome}", job.What, printed.Outcome);
        try
        {
            if (job.Then is { } then)
            {
                job.Then = null;
                if (ReferenceEquals(job.Owner, _current()))
                    then(ctx, printed);
                else
                    ctx.Log.Information("{What} finished after {Activity} was left; nobody waits for it", job.What, job.Owner?.Name);
            }
        }
        finally
        {
            // Whatever the continuation did, the jobs behind this one still print.
            StartNext();
        }
    }
}
