using System.Collections.Concurrent;
using LakalaPos.Core.Engine;
using LakalaPos.Core.Hardware;
using LakalaPos.Devices.Cards;
using LakalaPos.Devices.Emulator;
using LakalaPos.Devices.Headless;
using Serilog;

namespace LakalaPos.Terminal.FullScreen;

/// <summary>
/// The terminal drawn in place on the operator's console, and the loop of `run` that drives it:
/// sleep until the engine's queue is woken (a key, a host answer, a receipt printed, a resize) or
/// the next timer is due; apply the keys on this thread (devices are not thread-safe); let the
/// engine run; draw the frame again when it changed (or the window did), in one write.
/// </summary>
public sealed class FullScreenConsole
{
    private readonly TerminalEngine _engine;
    private readonly HeadlessKeypad _keypad;
    private readonly HeadlessCardReader _cardReader;
    private readonly PanelDisplay _display;
    private readonly PanelPrinter? _printer;
    private readonly HostKeysPanel _host;
    private readonly string _profileName;
    private readonly string _dataDirectory;
    private readonly ILogger _log;
    private readonly ConcurrentQueue<ConsoleKeyInfo> _keys = new();
    private readonly KeyBindings _bindings = new();
    private volatile bool _quit;
    private volatile bool _resized;
    private Key? _lit;
    private string _message = "? or F10: help";
    private bool _alert;
    private bool _help;
    private int _paperScroll;
    private string? _inserted;
    private string? _lastFrame;
    private (int Width, int Height) _size;

    public FullScreenConsole(TerminalEngine engine, HeadlessKeypad keypad, HeadlessCardReader cardReader, PanelDisplay display,
        PanelPrinter? printer, HostKeysPanel host, string profileName, string dataDirectory, ILogger log)
    {
        _log = log;
        _engine = engine;
        _keypad = keypad;
        _cardReader = cardReader;
        _display = display;
        _printer = printer;
        _host = host;
        _profileName = profileName;
        _dataDirectory = dataDirectory;
    }

    /// <summary>Asks the loop to end (any thread).</summary>
    public void Quit()
    {
        _quit = true;
        _engine.Queue.Wake();
    }

    /// <summary>The window changed size (any thread): the next frame is drawn whole.</summary>
    public void Resized()
    {
        _resized = true;
        _engine.Queue.Wake();
    }

    /// <summary>Powers the terminal on and runs it until the operator quits (q, Ctrl+C), a signal asks, or the console goes away.</summary>
    public void Run(TerminalScreen screen)
    {
        KeyReader.Start(key =>
        {
            _keys.Enqueue(key);
            _engine.Queue.Wake();
        }, ex =>
        {
            _log.Warning("Keys can no longer be read ({Reason}): stopping", ex.Message);
            Quit();
        });
        Draw(screen);
        _engine.PowerOn();
        while (!_quit)
        {
            Draw(screen);
            _engine.Queue.WaitForEvent(_engine.TimeToNextDeadline ?? Timeout.InfiniteTimeSpan, CancellationToken.None);
            while (!_quit && _keys.TryDequeue(out var key))
                Apply(key);
            if (_quit)
                return;
            _engine.RunUntilIdle();
            _engine.FireDueTimers();
        }
    }

    private void Apply(ConsoleKeyInfo key)
    {
        if (_help)
        {
            _help = false;
            if (_bindings.Translate(key) is ConsoleAction.Quit)
                Quit();
            return;
        }
        switch (_bindings.Translate(key))
        {
            case ConsoleAction.Press press:
                _lit = press.Key;
                Say($"key {KeypadPicture.Label(press.Key)}");
                _keypad.Press(press.Key);
                break;
            case ConsoleAction.PresentCard card:
                PresentCard(card.Mode, card.Card);
                break;
            case ConsoleAction.RemoveCard:
                if (_cardReader.Remove())
                    Say($"{_inserted} taken out");
                else
                    Say("no card in the slot", alert: true);
                _inserted = null;
                break;
            case ConsoleAction.BadSwipe:
                _cardReader.FailRead(Cli.OperatorInput.BadSwipe);
                Say("a card swiped that cannot be read");
                break;
            case ConsoleAction.TogglePaper when _printer is not null:
                _printer.SetPaper(!_printer.HasPaper);
                Say(_printer.HasPaper ? "paper loaded" : "paper taken out");
                break;
            case ConsoleAction.TogglePaper:
                Say("this profile has no printer", alert: true);
                break;
            case ConsoleAction.ToggleHost:
                Say(_host.Toggle());
                break;
            case ConsoleAction.HostCommand command:
                Say(_host.Apply(command.Command));
                break;
            case ConsoleAction.ScrollPaper scroll:
                _paperScroll = scroll.Rows == int.MinValue ? 0 : Math.Clamp(_paperScroll + scroll.Rows, 0, _printer?.Roll.Count ?? 0);
                break;
            case ConsoleAction.ToggleHelp:
                _help = true;
                break;
            case ConsoleAction.Note note:
                Say(note.Text);
                break;
            case ConsoleAction.Quit:
                Quit();
                break;
        }
    }

    private void PresentCard(EntryMode mode, string name)
    {
        try
        {
            _cardReader.Present(name, mode);
            if (mode == EntryMode.Insert)
                _inserted = name;
            Say($"{name} {mode switch { EntryMode.Swipe => "swiped", EntryMode.Insert => "inserted", _ => "tapped" }}");
        }
        catch (CardReadException ex)
        {
            Say(ex.Message, alert: true);
        }
    }

    private void Say((string Text, bool Alert) message) => Say(message.Text, message.Alert);

    private void Say(string text, bool alert = false)
    {
        _message = text;
        _alert = alert;
    }

    private void Draw(TerminalScreen screen)
    {
        var size = WindowSize();
        var whole = _resized || size != _size;
        _resized = false;
        _size = size;
        var frame = DeviceFrame.Draw(Model(), size.Width, size.Height).ToAnsi();
        if (!whole && frame == _lastFrame)
            return;
        _lastFrame = frame;
        screen.Draw(whole ? "\e[0m\e[2J" + frame : frame);
    }

    private FrameModel Model() => new()
    {
        ProfileName = _profileName,
        LcdColumns = _display.Columns,
        LcdHeight = _display.Height,
        LcdRows = _display.Rows,
        LitKey = _lit,
        PaperColumns = _printer?.Columns,
        Paper = _printer?.Roll ?? [],
        HasPaper = _printer?.HasPaper ?? true,
        PaperScroll = _paperScroll,
        CardInSlot = _inserted,
        Host = _host.Status,
        HostOffline = _host.Offline,
        DataDirectory = _dataDirectory,
        Message = _bindings.Pending ?? _message,
        MessageIsAlert = _bindings.Pending is null && _alert,
        HelpOpen = _help,
    };

    private static (int Width, int Height) WindowSize()
    {
        try
        {
            return (Console.WindowWidth, Console.WindowHeight);
        }
        catch (IOException)
        {
            return (80, 24);
        }
    }
}
