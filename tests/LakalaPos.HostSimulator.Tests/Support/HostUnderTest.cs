using LakalaPos.Iso8583.Cards;
using LakalaPos.HostSimulator.Ledger;
using LakalaPos.Iso8583.Messages;
using LakalaPos.Iso8583.Security;

namespace LakalaPos.HostSimulator.Tests.Support;

/// <summary>A simulator with fake crypto, the replay clock and a captured log, plus the terminal-side helpers the tests need.</summary>
public sealed class HostUnderTest
{
    public HostUnderTest(SimulatorSettings? settings = null, IHostStore? store = null)
    {
        Simulator = new AcquirerSimulator(settings, Clock, Log.Logger, store, Crypto);
    }

    public FixedClock Clock { get; } = new();
    public FakeHostCrypto Crypto { get; } = new();
    public CapturedLog Log { get; } = new();
    public AcquirerSimulator Simulator { get; }

    /// <summary>Signs the terminal in and returns the keys the host gave it.</summary>
    public WorkingKeys SignIn(string terminal = Requests.TerminalNumber, string merchant = Requests.MerchantNumber)
    {
        Answer(Requests.SignIn(terminal: terminal, merchant: merchant)).GetText(39).Should().Be("00");
        return Simulator.Store.SessionKeys(new(terminal, merchant))!;
    }

    public byte[] PinBlock(string pin, string terminal = Requests.TerminalNumber) =>
        FakeHostCrypto.EncryptPin(pin, Simulator.Store.SessionKeys(new(terminal, Requests.MerchantNumber))!.PinKey);

    public HostDecision.Respond Respond(Iso8583Message request, RequestMac mac = RequestMac.Absent) =>
        Simulator.Decide(request, mac).Should().BeOfType<HostDecision.Respond>().Subject;

    public Iso8583Message Answer(Iso8583Message request, RequestMac mac = RequestMac.Absent) => Respond(request, mac).Answer;

    public long Available(TestCardSpec card) => Simulator.Store.AvailableFen(card.Pan)!.Value;
}
