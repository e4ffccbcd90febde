using LakalaPos.Emulator.Web.Board;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Display;

namespace LakalaPos.Emulator.Web.Logging;

/// <summary>
/// The log strip: the terminal's warnings and errors, rendered as the file log renders them
/// (the exception's message, not its stack), masked once more, put on the board for every page.
/// </summary>
public sealed class BrowserLogSink(EmulatorBoard board) : ILogEventSink
{
    public const LogEventLevel Least = LogEventLevel.Warning;

    private readonly MessageTemplateTextFormatter _format = new("{Timestamp:HH:mm:ss} [{Level:u3}] {Message:lj}");

    public void Emit(LogEvent logEvent)
    {
        if (logEvent.Level < Least)
            return;
        var text = new StringWriter();
        _format.Format(logEvent, text);
        if (logEvent.Exception is { } ex)
            text.Write($" ({ex.GetType().Name}: {ex.Message})");
        board.AddLog(LogMasking.Mask(text.ToString().ReplaceLineEndings(" ")));
    }
}
