using System.Collections.Concurrent;
using System.Globalization;
using LakalaPos.Core.Engine;
using LakalaPos.Core.Hardware;
using LakalaPos.Core.Journal;
using LakalaPos.Devices.Cards;
using LakalaPos.Replay.Parsing;
using LakalaPos.Replay.Running;

namespace LakalaPos.Terminal.Recording;

/// <summary>
/// <c>--record FILE</c>: writes a live session (run or emulator) as a replay script that replays to
/// PASS. Before each thing the operator does it writes the time that passed (<c>wait</c>, to the
/// millisecond, so every timer fires in the replay as it did live), each transaction that ended
/// meanwhile (<c>expect txn</c>) and the prompt on the screen (<c>expect screen</c>, when it
/// changed); then the key, card, paper or host line. It listens to the devices' events on the
/// engine's thread, where the emulators apply the operator's input; host commands are told to it
/// from any thread and written before the next input. Each line is flushed as written: a crash
/// keeps the session so far.
/// </summary>
public sealed class SessionRecorder : IDisposable
{
    private readonly TextWriter _script;
    private readonly TerminalContext _ctx;
    private readonly TimeProvider _time;
    private readonly Func<bool> _booting;
    private readonly Lock _gate = new();
    private bool _booted;
    private bool _stopped;
    private readonly Dictionary<long, TransactionStatus> _seen = [];
    private readonly ConcurrentQueue<string> _hostLines = new();
    private long _lastInput;
    private string? _lastPrompt;
    private int _batch;

    /// <param name="replayProfile">The profile the replay should use, or null for the replay's default (the session's profile has non-headless drivers).</param>
    /// <param name="booting">True while the terminal boots: a replay starts after boot, so what happens before is not replayable.</param>
    public SessionRecorder(TextWriter script, TerminalContext ctx, TimeProvider time, string sessionProfile, string? replayProfile, Func<bool> booting)
    {
        _script = script;
        _ctx = ctx;
        _time = time;
        _booting = booting;
        _lastInput = time.GetTimestamp();
        _batch = ctx.Journal.CurrentBatch();
        foreach (var txn in ctx.Journal.ListBatch(_batch))
            _seen[txn.Id] = txn.Status;
        var now = ctx.Now;
        Write($"# Recorded by lakalapos on profile {sessionProfile}, {ReplayClock.Show(now)}.");
        if (_seen.Count > 0)
            Write($"# The journal already held {_seen.Count} transaction(s) of this batch: a replay starts from a new terminal, so it may differ.");
        if (replayProfile is not null)
            Write($"profile {replayProfile}");
        Write($"clock {ReplayClock.Show(now)}");
    }

    /// <summary>Listens to what the operator does on the devices; call before the engine powers on, so each input is written before the engine sees it.</summary>
    public void Attach(TerminalDevices devices)
    {
        devices.Keypad.KeyPressed += (_, key) => Input($"key {key.Name()}");
        devices.CardReader.CardPresented += (_, card) => Card(card);
        devices.CardReader.CardRemoved += (_, _) => Input("remove");
        devices.CardReader.ReadFailed += (_, _) => Input("bad-swipe");
        if (devices.Printer is { } printer)
            printer.PaperChanged += (_, present) => Input(present ? "paper in" : "paper out");
    }

    /// <summary>
    /// A command the embedded host simulator accepted (<c>next timeout</c>, <c>offline</c>,
    /// <c>merchantBalance 500.00</c>), from any thread: written as <c>host …</c> before the next input,
    /// which it comes before.
    /// </summary>
    public void HostCommand(string command) => _hostLines.Enqueue("host " + command.Trim());

    /// <summary>
    /// A request the emulator's register panel sends to the terminal (<c>sale A1 "可乐:2:3.50"</c>):
    /// written as <c>ecr …</c>, an input like a key. Call on the engine's thread, before the request
    /// reaches the terminal.
    /// </summary>
    public void RegisterRequest(string request) => Input("ecr " + request.Trim());

    /// <summary>The session ends: what happened since the last input is checked too.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            try
            {
                if (_booted && !_stopped)
                    CatchUp();
                _script.Flush();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ObjectDisposedException)
            {
                _ctx.Log.Warning("Recording: the end of the session could not be written ({Reason})", ex.Message);
            }
            _stopped = true;
            _script.Dispose();
        }
    }

    private void Input(string line)
    {
        lock (_gate)
        {
            if (_stopped)
                return;
            try
            {
                Record(line);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ObjectDisposedException)
            {
                // The disk is full or the file went away: the session goes on, unrecorded.
                _stopped = true;
                _ctx.Log.Warning("Recording stopped: {Reason}; the session goes on without it", ex.Message);
            }
        }
    }

    private void Record(string line)
    {
        if (!_booted && _booting())
        {
            // The terminal drops input while it boots; a replay begins once boot is over.
            Write($"# {line} (during boot: the terminal took no input)");
            return;
        }
        if (!_booted)
        {
            // The replay's boot ends at the first prompt; the time spent there before this input is not known to the minute of boot's end, so it is left out.
            _booted = true;
            _lastInput = _time.GetTimestamp();
            _lastPrompt = null;
        }
        CatchUp();
        Write(line);
    }

    private void WriteHostLines()
    {
        while (_hostLines.TryDequeue(out var host))
            Write(host);
    }

    private void CatchUp()
    {
        var now = _time.GetTimestamp();
        var waited = _time.GetElapsedTime(_lastInput, now);
        _lastInput = now;
        if (waited >= TimeSpan.FromMilliseconds(1))
            Write(string.Create(CultureInfo.InvariantCulture, $"wait {(long)waited.TotalMilliseconds}ms"));
        foreach (var ended in Ended())
            Write(TxnLine(ended));
        if (Prompt() is { } prompt && prompt != _lastPrompt)
        {
            _lastPrompt = prompt;
            Write($"expect screen \"{prompt}\"");
        }
        WriteHostLines();
    }

    /// <summary>Transactions whose status changed to an end state since last looked (the batch settled meanwhile included).</summary>
    private List<TransactionRecord> Ended()
    {
        var batch = _ctx.Journal.CurrentBatch();
        var records = _ctx.Journal.ListBatch(_batch).ToList();
        if (batch != _batch)
        {
            records.AddRange(_ctx.Journal.ListBatch(batch));
            _batch = batch;
        }
        var ended = new List<TransactionRecord>();
        foreach (var txn in records.OrderBy(t => t.Id))
        {
            if (txn.Status == TransactionStatus.Pending || (_seen.TryGetValue(txn.Id, out var was) && was == txn.Status))
                continue;
            _seen[txn.Id] = txn.Status;
            ended.Add(txn);
        }
        return ended;
    }

    /// <summary>The screen's last line, the prompt; null when it cannot be written as a check (quotes, variables).</summary>
    private string? Prompt()
    {
        var last = _ctx.CurrentScreen?.Lines.LastOrDefault(line => line.Trim().Length > 0)?.Trim();
        return last is null || last.Contains('"', StringComparison.Ordinal) || last.Contains('$', StringComparison.Ordinal) ? null : last;
    }

    private static string TxnLine(TransactionRecord txn) => string.Create(CultureInfo.InvariantCulture,
        $"expect txn {TransactionFields.Read(txn, JournalField.Voucher)} type={TransactionFields.Read(txn, JournalField.Type)} " +
        $"status={TransactionFields.Read(txn, JournalField.Status)} amount={TransactionFields.Read(txn, JournalField.Amount)}");

    /// <summary>
    /// A test card is written by its name. Any other card ends the recording: its number never
    /// goes into a file, and neither may the PIN typed for it.
    /// </summary>
    private void Card(CardData card)
    {
        var name = TestCards.All.FirstOrDefault(c => c.Pan == card.Pan)?.Name;
        var action = card.EntryMode switch
        {
            EntryMode.Insert => "insert",
            EntryMode.Tap => "tap",
            _ => "swipe",
        };
        if (name is not null)
        {
            Input($"{action} {name}");
            return;
        }
        Input($"# a card that is not a test card ({card.MaskedPan}) was presented: the recording ends here, so that nothing typed for it (its PIN) is written");
        lock (_gate)
        {
            _stopped = true;
            _ctx.Log.Warning("Recording stopped: a card that is not a test card was presented");
        }
    }

    private void Write(string line)
    {
        _script.WriteLine(line);
        _script.Flush();
    }
}
