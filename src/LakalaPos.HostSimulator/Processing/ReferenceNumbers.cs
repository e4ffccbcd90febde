using System.Globalization;

namespace LakalaPos.HostSimulator.Processing;

/// <summary>
/// RRNs and auth codes come from the host's sequence, so the same script gives the same numbers
/// on every run. RRN: host date YYMMDD + the sequence (6 digits). Auth code: the sequence through
/// a fixed permutation of 000000-999999 (7919 is prime to 10^6), so it is unique for a million
/// approvals and does not look like the RRN's tail — a terminal that swaps the two gets caught.
/// </summary>
internal static class ReferenceNumbers
{
    public static string Rrn(DateTimeOffset hostNow, long sequence) =>
        hostNow.ToString("yyMMdd", CultureInfo.InvariantCulture) + (sequence % 1_000_000).ToString("D6", CultureInfo.InvariantCulture);

    public static string AuthCode(long sequence) =>
        ((sequence % 1_000_000 * 7_919 + 123_457) % 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
}
