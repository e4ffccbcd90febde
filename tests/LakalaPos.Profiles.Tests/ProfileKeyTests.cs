using FluentAssertions;
using Xunit;

namespace LakalaPos.Profiles.Tests;

/// <summary>Keys are written in the profile only for test profiles, and never show up in messages or ToString.</summary>
public sealed class ProfileKeyTests : IDisposable
{
    private const string SampleMasterKey = "0123456789ABCDEFFEDCBA9876543210";
    private readonly ProfileScratch _scratch = new();

    public void Dispose() => _scratch.Dispose();

    [Fact]
    public void A_test_profile_without_keys_uses_the_built_in_test_keys()
    {
        var profile = ProfileScratch.Remove(ProfileScratch.Without("host.masterKey"), "security");

        var loaded = HardwareProfileLoader.Load(_scratch.Write(profile));

        Convert.ToHexString(loaded.Host.MasterKey.ReadKey()).Should().Be(TestKeys.MasterKeyHex);
        Convert.ToHexString(loaded.Security.DataKey.ReadKey()).Should().Be(TestKeys.DataKeyHex);
    }

    [Fact]
    public void A_profile_that_is_not_a_test_profile_may_not_hold_a_key()
    {
        var file = _scratch.Write(ProfileScratch.With("test", false));

        Load(file).Message.Should().Be(
            $"{file}: host.masterKey: a key written in the profile is allowed only in a test profile (\"test\": true); use masterKeyFile");
    }

    [Fact]
    public void A_profile_that_is_not_a_test_profile_names_its_master_key_file()
    {
        var profile = ProfileScratch.Remove(ProfileScratch.With("test", false), "host.masterKey");

        var file = _scratch.Write(profile);

        Load(file).Message.Should().StartWith($"{file}: host.masterKeyFile: required key is missing");
    }

    [Fact]
    public void A_profile_that_is_not_a_test_profile_names_its_data_key_file()
    {
        var profile = ProfileScratch.Remove(ProfileScratch.With("test", false), "host.masterKey");
        ProfileScratch.Set(profile, "host.masterKeyFile", "keys/tmk.hex");
        ProfileScratch.Remove(profile, "security");

        var file = _scratch.Write(profile);

        Load(file).Message.Should().StartWith($"{file}: security.dataKeyFile: required key is missing");
    }

    [Fact]
    public void A_production_profile_with_key_files_loads_and_reads_them_when_asked()
    {
        var tmkFile = Path.Combine(_scratch.Folder, "tmk.hex");
        var dataKeyFile = Path.Combine(_scratch.Folder, "data.hex");
        File.WriteAllText(tmkFile, "00112233445566778899AABBCCDDEEFF\n");
        File.WriteAllText(dataKeyFile, new string('A', 64));
        var profile = ProfileScratch.With("test", false);
        ProfileScratch.Remove(profile, "host.masterKey");
        ProfileScratch.Remove(profile, "security.dataKey");
        ProfileScratch.Set(profile, "host.masterKeyFile", tmkFile);
        ProfileScratch.Set(profile, "security.dataKeyFile", dataKeyFile);

        var loaded = HardwareProfileLoader.Load(_scratch.Write(profile));

        loaded.IsTest.Should().BeFalse();
        loaded.Host.MasterKey.FilePath.Should().Be(tmkFile);
        Convert.ToHexString(loaded.Host.MasterKey.ReadKey()).Should().Be("00112233445566778899AABBCCDDEEFF");
        loaded.Security.DataKey.ReadKey().Should().HaveCount(32);
    }

    [Fact]
    public void A_key_file_of_the_wrong_length_is_named_without_showing_its_content()
    {
        var keyFile = Path.Combine(_scratch.Folder, "short.hex");
        File.WriteAllText(keyFile, "00112233445566778899AABBCCDDEE");

        var act = () => KeySource.FromFile(keyFile, 16).ReadKey();

        act.Should().Throw<HardwareProfileException>().Which.Message.Should()
            .Be($"{keyFile}: must hold 32 hex digits, holds 30 characters");
    }

    [Fact]
    public void A_missing_key_file_is_named_when_the_key_is_read()
    {
        var keyFile = Path.Combine(_scratch.Folder, "absent.hex");

        var act = () => KeySource.FromFile(keyFile, 16).ReadKey();

        act.Should().Throw<HardwareProfileException>().Which.Message.Should().StartWith($"{keyFile}: cannot read key file: ");
    }

    [Fact]
    public void A_key_and_a_key_file_together_are_an_error()
    {
        var file = _scratch.Write(ProfileScratch.With("host.masterKeyFile", "tmk.hex"));

        Load(file).Message.Should().Be($"{file}: host.masterKey: give masterKey or masterKeyFile, not both");
    }

    [Fact]
    public void A_malformed_key_is_reported_without_its_digits()
    {
        var almostKey = SampleMasterKey[..31] + "X";
        var file = _scratch.Write(ProfileScratch.With("host.masterKey", almostKey));

        Load(file).Message.Should().NotContain(SampleMasterKey[..16]).And.NotContain(almostKey);
    }

    [Fact]
    public void A_profile_prints_without_its_keys()
    {
        var loaded = HardwareProfileLoader.Load(_scratch.Write(ProfileScratch.Valid()));

        var text = loaded.ToString();

        text.Should().NotContain(SampleMasterKey).And.NotContain("00112233445566778899");
        text.Should().Contain("inline key (16 bytes)");
    }

    private static HardwareProfileException Load(string file)
    {
        var act = () => HardwareProfileLoader.Load(file);
        return act.Should().Throw<HardwareProfileException>().Which;
    }
}
