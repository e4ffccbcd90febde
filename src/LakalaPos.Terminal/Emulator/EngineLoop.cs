using LakalaPos.Core.Engine;
using LakalaPos.Emulator.Web.Control;
using Serilog;

namespace LakalaPos.Terminal.Emulator;

/// <summary>
/// The hardware loop of `run`, on a thread of its own: sleep until the engine's queue is woken
/// (a host answer, or input from a page) or the next timer is due; apply the pages' input on this
/// thread (devices are not thread-safe); let the engine run. The engine powers on here too, so
/// every device is touched on this one thread.
/// </summary>
public sealed class EngineLoop
{
    private readonly TerminalEngine _engine;
    private readonly EngineInbox _inbox;
    private readonly ILogger _log;
    private readonly CancellationTokenSource _stop = new();
    private readonly Thread _thread;

    private EngineLoop(TerminalEngine engine, EngineInbox inbox, ILogger log)
    {
        _engine = engine;
        _inbox = inbox;
        _log = log;
        _thread = new Thread(Run) { IsBackground = true, Name = "engine" };
    }

    public static EngineLoop Start(TerminalEngine engine, EngineInbox inbox, ILogger log)
    {
        var loop = new EngineLoop(engine, inbox, log);
        loop._thread.Start();
        return loop;
    }

    /// <summary>Stops the loop and waits for it; input posted after that is told the terminal is off.</summary>
    public void Stop()
    {
        _stop.Cancel();
        _thread.Join();
        _stop.Dispose();
    }

    private void Run()
    {
        try
        {
            _engine.PowerOn();
            while (!_stop.IsCancellationRequested)
            {
                _engine.Queue.WaitForEvent(_engine.TimeToNextDeadline ?? Timeout.InfiniteTimeSpan, _stop.Token);
                _inbox.RunPending();
                _engine.RunUntilIdle();
                _engine.FireDueTimers();
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            // Stopped while waiting.
        }
        catch (Exception ex)
        {
            // Activities' faults never get here (the engine handles them); this is the engine itself failing.
            _log.Fatal(ex, "The engine stopped: {Reason}", ex.Message);
        }
        finally
        {
            _inbox.Close();
        }
    }
}
