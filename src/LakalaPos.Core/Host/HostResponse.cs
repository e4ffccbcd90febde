namespace LakalaPos.Core.Host;

/// <summary>The host's answer in the terminal's terms.</summary>
public sealed record HostResponse
{
    /// <summary>Field 39.</summary>
    public required string ResponseCode { get; init; }

    public string? Rrn { get; init; }
    public string? AuthCode { get; init; }

    /// <summary>Field 15 settlement date, MMDD.</summary>
    public string? SettlementDate { get; init; }

    /// <summary>A balance the host returned (field 54): the card's for 余额查询, the merchant's for a refund.</summary>
    public long? BalanceFen { get; init; }

    /// <summary>Text the host sent for display (field 63 after the card organisation).</summary>
    public string? Text { get; init; }

    /// <summary>Settlement answer: whether the host's totals agree with the terminal's.</summary>
    public SettlementResult? Settlement { get; init; }

    /// <summary>Header processing-requirement digit 3: sign in again before the next request.</summary>
    public bool SignInRequested { get; init; }

    public bool Approved => ResponseCode == "00";
}
