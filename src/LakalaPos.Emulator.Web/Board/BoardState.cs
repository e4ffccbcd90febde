namespace LakalaPos.Emulator.Web.Board;

// What the page is told, as JSON (camelCase). Text comes as rows already wrapped to the device's
// width, each row cut into runs of narrow or wide characters so that the page gives every wide
// (Chinese) character exactly two columns, as the device does.

/// <summary>Characters of one width in a row: <see cref="Wide"/> ones take two columns each.</summary>
public sealed record TextRun(string Text, bool Wide);

/// <summary>The LCD: its size in columns and rows, and the rows shown now (there may be more than <see cref="Height"/>).</summary>
public sealed record ScreenState(int Columns, int Height, IReadOnlyList<IReadOnlyList<TextRun>> Rows);

/// <summary>One receipt (one paper cut) as its rows on paper; <see cref="Number"/> counts receipts since the start.</summary>
public sealed record ReceiptState(int Number, IReadOnlyList<IReadOnlyList<TextRun>> Rows);

/// <summary>The printer's paper: width in columns and in millimetres, whether paper is loaded, the latest receipts.</summary>
public sealed record PaperState(int Columns, string Width, bool HasPaper, IReadOnlyList<ReceiptState> Receipts);

/// <summary>A test card the slot offers: its name, its masked number and how it can be read (swipe, insert, tap).</summary>
public sealed record CardInfo(string Name, string MaskedPan, IReadOnlyList<string> Reads);

/// <summary>The card slot: the card inside (name or masked number), what happened last, and the cards on offer.</summary>
public sealed record CardSlotState(string? Inserted, string? Last, IReadOnlyList<CardInfo> Cards);

/// <summary>
/// The host panel: whether rules can be given (only to a simulator embedded here), where the host
/// is, online or not, rules queued, the merchant balance, the message types that reached it lately.
/// </summary>
public sealed record HostState(bool Available, string Description, bool Online, int QueuedRules, string? MerchantBalance,
    IReadOnlyList<string> Received, string? LastReply);

/// <summary>A field of the register's last answer (result, reason, voucher, rrn, auth, amount in yuan, masked card, code, message, a query's lines).</summary>
public sealed record RegisterField(string Name, string Value);

/// <summary>
/// The register panel: whether it can ask (the register link is TCP here), where the link is and
/// how to reach it from a shell, the request waiting for its answer (null: none), the request the
/// last answer is to, that answer's fields, and the panel's last reply.
/// </summary>
public sealed record RegisterState(bool Available, string Link, string? Connect, string? Waiting, string? LastRequest,
    IReadOnlyList<RegisterField> Answer, string? LastReply);

/// <summary>The terminal's clock: milliseconds since 1970 (UTC) and its time zone's offset, so the page shows the terminal's local time.</summary>
public sealed record ClockState(long EpochMs, int UtcOffsetMinutes);

/// <summary>Everything a page needs to draw the terminal, sent when it connects.</summary>
public sealed record EmulatorSnapshot(string Profile, ClockState Clock, ScreenState Screen, PaperState Paper, CardSlotState Slot,
    HostState Host, RegisterState Register, IReadOnlyList<string> Log);

/// <summary>What the server answers to an input: whether it was taken and, for a person, what happened or what was wrong.</summary>
public sealed record ApiReply(bool Ok, string Message);
