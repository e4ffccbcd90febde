using LakalaPos.Core.Hardware;
using LakalaPos.Devices.Cards;
using LakalaPos.Emulator.Web.Board;
using LakalaPos.Emulator.Web.Devices;

namespace LakalaPos.Emulator.Web.Control;

/// <summary>
/// What a page can do to the terminal: press a key, swipe, insert, tap or remove a card, swipe one
/// that cannot be read (a bad swipe), take the
/// paper out, put it back or tear off the receipts, give the host panel a command, and send a
/// request from the register panel. Names are
/// checked here, on the request; the input itself is applied on the engine's thread.
/// </summary>
public sealed class EmulatorControls(BrowserKeypad keypad, BrowserCardReader reader, BrowserReceiptPrinter printer,
    EmulatorBoard board, EngineInbox inbox, IHostPanel? host, IRegisterPanel? register = null)
{
    public const string KeyNames = "0-9, ENTER, CANCEL, CLEAR, UP, DOWN, MENU, F1-F4";
    public const int LongestHostCommand = 200;
    public const int LongestRegisterCommand = 4000;

    /// <summary>How long a request waits for the engine's thread to take its input.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);

    public Task<InputResult> PressKey(string? name)
    {
        if (name is null || !KeyExtensions.TryParse(name, out var key))
            return Task.FromResult(InputResult.Refused($"unknown key {Quoted(name)}; keys: {KeyNames}"));
        return Apply(() =>
        {
            keypad.Press(key);
            // The reply goes to the page that pressed, but a digit is still not named (it may be a PIN's).
            return InputResult.Done(key.IsDigit() ? "digit pressed" : $"{key.Name()} pressed");
        });
    }

    public Task<InputResult> Card(string? action, string? name)
    {
        var mode = action?.ToLowerInvariant() switch
        {
            "swipe" => EntryMode.Swipe,
            "insert" => EntryMode.Insert,
            "tap" => EntryMode.Tap,
            _ => (EntryMode?)null,
        };
        if (mode is null)
            return Task.FromResult(InputResult.Refused($"unknown card action {Quoted(action)}; actions: swipe, insert, tap (with a card name), remove, bad-swipe"));
        if (!TestCards.TryFind(name ?? "", out var card))
            return Task.FromResult(InputResult.Refused($"no test card named {Quoted(name)} (known: {string.Join(", ", TestCards.Names)})"));
        return Apply(() =>
        {
            try
            {
                reader.Present(card.Name, mode.Value);
                return InputResult.Done($"{card.Name} {EmulatorBoard.ModeName(mode.Value)}");
            }
            catch (CardReadException ex)
            {
                return InputResult.Conflict(ex.Message);
            }
        });
    }

    /// <summary>What the card reader says of a bad swipe: a reason for the log, never card data.</summary>
    public const string BadSwipeReason = "bad swipe: no readable track";

    /// <summary>A card swiped that the reader cannot read: the terminal is told the read failed.</summary>
    public Task<InputResult> BadSwipe() =>
        Apply(() =>
        {
            reader.FailRead(BadSwipeReason);
            return InputResult.Done("bad swipe: the card could not be read");
        });

    public Task<InputResult> RemoveCard() =>
        Apply(() => reader.Remove() ? InputResult.Done("card removed") : InputResult.Conflict("no card in the slot to remove"));

    public Task<InputResult> Paper(string? state) => state?.ToLowerInvariant() switch
    {
        "in" => Apply(() => SetPaper(true)),
        "out" => Apply(() => SetPaper(false)),
        "tear" => Apply(() =>
        {
            board.TearOff();
            return InputResult.Done("receipts torn off");
        }),
        _ => Task.FromResult(InputResult.Refused($"unknown paper action {Quoted(state)}; actions: in, out, tear")),
    };

    public InputResult Host(string? command)
    {
        if (host is null)
            return InputResult.Unavailable("no host panel: the terminal talks to a host of its own (--host), give it rules there");
        if (string.IsNullOrWhiteSpace(command))
            return InputResult.Refused("no command; send one as the request body, e.g. 'next timeout'");
        if (command.Length > LongestHostCommand)
            return InputResult.Refused($"a host command is at most {LongestHostCommand} characters");
        return host.Apply(command.Trim());
    }

    /// <summary>A request for the register panel to send to the terminal (<c>sale A1 "可乐:2:3.50"</c>); its answer comes later, on the board.</summary>
    public InputResult Register(string? command)
    {
        if (register is null)
            return InputResult.Unavailable("no register panel: the terminal's register link is not TCP here");
        if (string.IsNullOrWhiteSpace(command))
            return InputResult.Refused("no request; send one as the request body, e.g. 'sale A1 可乐:2:3.50'");
        if (command.Length > LongestRegisterCommand)
            return InputResult.Refused($"a register request is at most {LongestRegisterCommand} characters");
        return register.Ask(command.Trim());
    }

    /// <summary>A name from a request, as it may be shown back: short, and never something that looks like a card number.</summary>
    public static string Quoted(string? text) => text switch
    {
        null or "" => "(none)",
        _ when text.Count(char.IsAsciiDigit) >= 12 => "(not shown: it looks like a card number)",
        { Length: > 24 } => $"'{text[..24]}…'",
        _ => $"'{text}'",
    };

    private InputResult SetPaper(bool present)
    {
        printer.SetPaper(present);
        return InputResult.Done(present ? "paper in" : "paper out");
    }

    private async Task<InputResult> Apply(Func<InputResult> input)
    {
        try
        {
            return await inbox.Post(input).WaitAsync(Patience);
        }
        catch (TimeoutException)
        {
            return InputResult.Unavailable($"the terminal did not take the input within {Patience.TotalSeconds:0} s");
        }
    }
}
