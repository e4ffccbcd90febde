using LakalaPos.Core.Hardware;

namespace LakalaPos.Terminal.FullScreen;

/// <summary>Everything one frame of the full-screen console shows, taken on the engine's loop (<see cref="DeviceFrame"/> draws it).</summary>
public sealed record FrameModel
{
    public required string ProfileName { get; init; }

    public required int LcdColumns { get; init; }

    public required int LcdHeight { get; init; }

    /// <summary>The LCD's rows as the display wrapped them.</summary>
    public required IReadOnlyList<string> LcdRows { get; init; }

    /// <summary>The key pressed last, lit on the keypad.</summary>
    public Key? LitKey { get; init; }

    /// <summary>The paper's columns, or null without a printer.</summary>
    public int? PaperColumns { get; init; }

    /// <summary>The paper as printed, oldest row first.</summary>
    public IReadOnlyList<string> Paper { get; init; } = [];

    public bool HasPaper { get; init; } = true;

    /// <summary>Rows the receipt panel is scrolled back from the latest.</summary>
    public int PaperScroll { get; init; }

    /// <summary>The card in the chip slot (its test card name), or null.</summary>
    public string? CardInSlot { get; init; }

    /// <summary>The host as the status line names it ("online", "offline", or where an external host is).</summary>
    public required string Host { get; init; }

    public bool HostOffline { get; init; }

    public required string DataDirectory { get; init; }

    /// <summary>The last thing said to the operator (a card read, a host rule set, a refusal).</summary>
    public string Message { get; init; } = "";

    public bool MessageIsAlert { get; init; }

    public bool HelpOpen { get; init; }
}
