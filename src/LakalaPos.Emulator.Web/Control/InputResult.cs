using LakalaPos.Emulator.Web.Board;

namespace LakalaPos.Emulator.Web.Control;

/// <summary>How an input from a page went: the HTTP status and the reply for a person.</summary>
public sealed record InputResult(int Status, ApiReply Reply)
{
    public bool Ok => Reply.Ok;

    public static InputResult Done(string message) => new(200, new ApiReply(true, message));

    /// <summary>The request itself is wrong (an unknown key, card or command).</summary>
    public static InputResult Refused(string message) => new(400, new ApiReply(false, message));

    /// <summary>The request is right but the terminal cannot take it now (a card already inserted).</summary>
    public static InputResult Conflict(string message) => new(409, new ApiReply(false, message));

    /// <summary>The terminal is off or did not take the input in time.</summary>
    public static InputResult Unavailable(string message) => new(503, new ApiReply(false, message));
}
