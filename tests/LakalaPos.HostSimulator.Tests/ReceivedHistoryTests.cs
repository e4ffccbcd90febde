namespace LakalaPos.HostSimulator.Tests;

/// <summary>The simulator remembers the latest messages only, so a long-running host does not grow without bound.</summary>
public class ReceivedHistoryTests
{
    private static readonly byte[] NotAMessage = [0x01, 0x02, 0x03];

    [Fact]
    public void Only_the_latest_messages_are_kept_oldest_first_with_their_sequence_numbers_running_on()
    {
        var host = new AcquirerSimulator(new SimulatorSettings { ReceivedHistory = 3 });

        for (var i = 0; i < 5; i++)
            host.Handle(NotAMessage);

        host.Received.Select(m => m.Sequence).Should().Equal(3, 4, 5);
        host.ReceivedCount.Should().Be(5);
    }

    [Fact]
    public void The_history_stays_bounded_however_many_messages_arrive()
    {
        var host = new AcquirerSimulator(new SimulatorSettings { ReceivedHistory = 100 });

        for (var i = 0; i < 5_000; i++)
            host.Handle(NotAMessage);

        host.Received.Should().HaveCount(100);
        host.Received[0].Sequence.Should().Be(4_901);
        host.Received[^1].Sequence.Should().Be(5_000);
    }

    [Fact]
    public void By_default_the_last_ten_thousand_are_kept() =>
        new SimulatorSettings().ReceivedHistory.Should().Be(10_000);

    [Fact]
    public void A_history_of_nothing_is_refused_naming_the_setting() =>
        FluentActions.Invoking(() => new SimulatorSettings { ReceivedHistory = 0 })
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("ReceivedHistory");
}
