namespace LakalaPos.Iso8583.Security;

/// <summary>
/// How a card number may appear in a log or a message of the wire layer: its first 6 and last 4
/// digits, the rest as '*'; anything shorter than 10 characters is all stars.
/// </summary>
public static class PanMask
{
    public static string Mask(string pan) => pan.Length < 10
        ? new string('*', pan.Length)
        : string.Create(pan.Length, pan, static (span, p) =>
        {
            span.Fill('*');
            p.AsSpan(0, 6).CopyTo(span);
            p.AsSpan(p.Length - 4).CopyTo(span[^4..]);
        });
}
