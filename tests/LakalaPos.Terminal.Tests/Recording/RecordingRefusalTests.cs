using FluentAssertions;
using LakalaPos.Profiles;
using LakalaPos.Terminal.Recording;
using Xunit;

namespace LakalaPos.Terminal.Tests.Recording;

/// <summary>A recording writes every key, PINs and passwords included: only test profiles on the emulators are recorded.</summary>
public sealed class RecordingRefusalTests
{
    private static HardwareProfile Shipped(string name) => HardwareProfileLoader.LoadByName(RepositoryRoot.Combine("hardware-profiles"), name);

    [Theory]
    [InlineData("emulator")]
    [InlineData("test")]
    [InlineData("test-80mm")]
    public void A_test_profile_on_the_emulators_is_recorded(string profile) =>
        Recordings.Refusal(Shipped(profile)).Should().BeNull();

    [Fact]
    public void A_profile_that_is_not_a_test_profile_is_refused_with_the_reason() =>
        Recordings.Refusal(Shipped("emulator") with { IsTest = false }).Should().Contain("not a test profile").And.Contain("PINs and passwords");

    [Fact]
    public void A_profile_with_serial_devices_is_refused_with_the_reason() =>
        Recordings.Refusal(Shipped("devkit-58mm")).Should().Contain("has serial devices");
}
