using LakalaPos.Iso8583.Cards;

namespace LakalaPos.HostSimulator;

/// <summary>How the simulated acquirer behaves. Defaults are those of the test profiles.</summary>
public sealed class SimulatorSettings
{
    /// <summary>The TMK of the test profiles (host-protocol.md): 0123456789ABCDEFFEDCBA9876543210.</summary>
    public static byte[] TestMasterKey => Convert.FromHexString("0123456789ABCDEFFEDCBA9876543210");

    /// <summary>The master key of any terminal not named in <see cref="MasterKeysByTerminal"/>.</summary>
    public byte[] DefaultMasterKey { get; init; } = TestMasterKey;

    /// <summary>Master keys by terminal number (field 41), for terminals that do not use the default.</summary>
    public IReadOnlyDictionary<string, byte[]> MasterKeysByTerminal { get; init; } = new Dictionary<string, byte[]>();

    /// <summary>The cards the issuer knows; their accounts are opened when the simulator starts.</summary>
    public IReadOnlyList<TestCardSpec> Cards { get; init; } = TestCardTable.All;

    /// <summary>Contactless sales up to this amount need no PIN (qpsNoPinLimit, 1000.00).</summary>
    public long NoPinLimitFen { get; init; } = 100_000;

    /// <summary>Wrong PINs in a row (per card, per host day) that lock the card: the last one answers 75.</summary>
    public int MaxPinTries { get; init; } = 3;

    /// <summary>Card organisation the host puts at the start of field 63 in financial answers.</summary>
    public string CardOrganisation { get; init; } = "CUP";

    /// <summary>How many days after a sale a refund is accepted (replay: host refundDays N).</summary>
    public int RefundDays { get; set; } = 30;

    /// <summary>
    /// The merchant's account with the acquirer (replay: host merchantBalance): the live balance,
    /// which approved refunds draw down. Sales and voids do not change it.
    /// </summary>
    public long MerchantBalanceFen { get; set; } = 100_000_000;

    /// <summary>
    /// How many of the latest received messages <see cref="AcquirerSimulator.Received"/> keeps
    /// (older ones are forgotten, so a long-running host does not grow without bound). Replay
    /// checks look only at the messages of the current step, far fewer.
    /// </summary>
    public int ReceivedHistory
    {
        get;
        init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(ReceivedHistory), value, "the host keeps at least the last message");
    } = 10_000;

    public byte[] MasterKeyFor(string terminalNumber) =>
        MasterKeysByTerminal.TryGetValue(terminalNumber, out var key) ? key : DefaultMasterKey;
}
