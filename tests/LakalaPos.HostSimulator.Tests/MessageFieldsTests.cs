using LakalaPos.HostSimulator.Observability;
using LakalaPos.Protocol.Iso8583;

namespace LakalaPos.HostSimulator.Tests;

public class MessageFieldsTests
{
    [Fact]
    public void Fields_are_keyed_by_number_with_binary_ones_as_upper_case_hex()
    {
        var message = new Iso8583Message("0200").Set(3, "200000").Set(52, [0xAB, 0x01]);

        MessageFields.ForChecks(message).Should().Contain("3", "200000").And.Contain("52", "AB01");
    }

    [Fact]
    public void Field_60_and_61_are_split_into_their_sub_fields()
    {
        var message = new Iso8583Message("0200").Set(60, "230000010005").Set(61, "0000010000021122");

        var fields = MessageFields.ForChecks(message);

        fields.Should().Contain("60.1", "23").And.Contain("60.2", "000001").And.Contain("60.3", "000").And.Contain("60.4", "5");
        fields.Should().Contain("61.1", "000001").And.Contain("61.2", "000002").And.Contain("61.3", "1122");
    }

    [Fact]
    public void A_short_field_60_gives_only_the_sub_fields_it_holds()
    {
        var fields = MessageFields.ForChecks(new Iso8583Message("0800").Set(60, "00000001"));

        fields.Should().ContainKeys("60.1", "60.2").And.NotContainKeys("60.3", "60.4");
    }
}
