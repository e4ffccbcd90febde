using System.Text.Json;
using FluentAssertions;
using Xunit;

namespace LakalaPos.Profiles.Tests;

/// <summary>hardware-profiles/profile.schema.json describes exactly the keys and choices the loader knows.</summary>
public sealed class ProfileSchemaTests
{
    private static readonly JsonElement Schema = JsonDocument.Parse(File.ReadAllText(RepositoryPaths.Schema)).RootElement;

    [Fact]
    public void Every_schema_key_is_known_to_the_loader_and_every_loader_key_is_in_the_schema()
    {
        var schemaKeys = LeafKeys(Schema, "").ToList();

        schemaKeys.Should().BeEquivalentTo(HardwareProfileLoader.KnownKeys);
    }

    [Theory]
    [InlineData("display")]
    [InlineData("keypad")]
    [InlineData("printer")]
    [InlineData("cardReader")]
    public void The_schema_offers_the_drivers_the_loader_accepts(string device)
    {
        var loaderDrivers = device switch
        {
            "display" => DeviceDrivers.ForDisplay,
            "keypad" => DeviceDrivers.ForKeypad,
            "printer" => DeviceDrivers.ForPrinter,
            _ => DeviceDrivers.ForCardReader,
        };

        Enum(Property(device, "driver")).Should().Equal(loaderDrivers);
    }

    [Fact]
    public void The_schema_offers_the_printer_widths_and_baud_rates_the_loader_accepts()
    {
        Enum(Property("printer", "columns")).Should().Equal(PrinterProfile.AllowedColumns.Select(c => c.ToString()));
        Enum(Schema.GetProperty("$defs").GetProperty("serial").GetProperty("properties").GetProperty("baud"))
            .Should().Equal(SerialPortProfile.StandardBauds.Select(b => b.ToString()));
    }

    [Fact]
    public void The_schema_offers_the_serial_line_settings_the_loader_accepts()
    {
        var serial = Schema.GetProperty("$defs").GetProperty("serial").GetProperty("properties");

        Enum(serial.GetProperty("dataBits")).Should().Equal(SerialPortProfile.AllowedDataBits.Select(b => b.ToString()));
        Enum(serial.GetProperty("parity")).Should().Equal(SerialPortProfile.ParityNames);
        Enum(serial.GetProperty("stopBits")).Should().Equal(SerialPortProfile.AllowedStopBits.Select(b => b.ToString()));
        Enum(serial.GetProperty("handshake")).Should().Equal(SerialPortProfile.HandshakeNames);
    }

    private static JsonElement Property(string section, string key) =>
        Schema.GetProperty("properties").GetProperty(section).GetProperty("properties").GetProperty(key);

    private static IEnumerable<string> Enum(JsonElement property) =>
        property.GetProperty("enum").EnumerateArray().Select(value => value.ToString());

    private static IEnumerable<string> LeafKeys(JsonElement node, string prefix)
    {
        foreach (var property in node.GetProperty("properties").EnumerateObject())
        {
            var value = Resolve(property.Value);
            if (value.TryGetProperty("properties", out _))
                foreach (var key in LeafKeys(value, $"{prefix}{property.Name}."))
                    yield return key;
            else
                yield return prefix + property.Name;
        }
    }

    private static JsonElement Resolve(JsonElement node)
    {
        if (!node.TryGetProperty("$ref", out var reference))
            return node;
        var target = Schema;
        foreach (var part in reference.GetString()!.TrimStart('#', '/').Split('/'))
            target = target.GetProperty(part);
        return target;
    }
}
