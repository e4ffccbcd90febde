using LakalaPos.Shared;

namespace LakalaPos.Profiles;

/// <summary>Turns the top-level object of a profile file into a <see cref="HardwareProfile"/>, checking every value.</summary>
internal static class HardwareProfileParser
{
    public static HardwareProfile Parse(JsonSection root, string fileStem)
    {
        var name = root.String("name") ?? fileStem;
        if (name != fileStem)
            throw root.Error("name", $"must match the file name \"{fileStem}\", was \"{Echo.Cut(name)}\"");
        var isTest = root.Bool("test") ?? false;

        return new HardwareProfile(
            name,
            isTest,
            ReadDisplay(root.RequiredSection("display")),
            ReadKeypad(root.RequiredSection("keypad")),
            ReadPrinter(root.RequiredSection("printer")),
            ReadCardReader(root.RequiredSection("cardReader")),
            HostSectionParser.Read(root.RequiredSection("host"), isTest),
            ReadTerminal(root.Section("terminal")),
            ReadSecurity(root, isTest),
            ReadStorage(root.Section("storage")),
            ReadEcr(root.Section("ecr")));
    }

    private static DisplayProfile ReadDisplay(JsonSection section)
    {
        var driver = RequiredDriver(section, DeviceDrivers.ForDisplay);
        return new DisplayProfile(
            driver,
            section.Int("columns", DisplayProfile.MinColumns, DisplayProfile.MaxColumns) ?? DisplayProfile.DefaultColumns,
            section.Int("rows", DisplayProfile.MinRows, DisplayProfile.MaxRows) ?? DisplayProfile.DefaultRows,
            ReadSerial(section, driver));
    }

    private static KeypadProfile ReadKeypad(JsonSection section)
    {
        var driver = RequiredDriver(section, DeviceDrivers.ForKeypad);
        return new KeypadProfile(driver, ReadSerial(section, driver));
    }

    private static PrinterProfile ReadPrinter(JsonSection section)
    {
        var driver = RequiredDriver(section, DeviceDrivers.ForPrinter);
        var columns = section.OneOf("columns", PrinterProfile.AllowedColumns) ?? PrinterProfile.DefaultColumns;
        return new PrinterProfile(driver, columns, section.Bool("optional") ?? true, ReadSerial(section, driver));
    }

    private static CardReaderProfile ReadCardReader(JsonSection section)
    {
        var driver = RequiredDriver(section, DeviceDrivers.ForCardReader);
        return new CardReaderProfile(driver, ReadSerial(section, driver));
    }

    private static string RequiredDriver(JsonSection section, IReadOnlyList<string> allowed) =>
        section.Choice("driver", allowed) ?? throw section.Missing("driver");

    /// <summary>A serial driver needs its port; other drivers may keep a serial section for later.</summary>
    private static SerialPortProfile? ReadSerial(JsonSection device, string driver)
    {
        var section = device.Section("serial");
        if (section is null)
            return DeviceDrivers.IsSerial(driver)
                ? throw device.Error("serial", $"required for driver {driver}")
                : null;
        return ReadSerialSection(section, SerialPortProfile.DefaultBaud);
    }

    private static SerialPortProfile ReadSerialSection(JsonSection section, int defaultBaud)
    {
        var baud = section.OneOf("baud", SerialPortProfile.StandardBauds) ?? defaultBaud;
        return new SerialPortProfile(
            section.RequiredString("device"),
            baud,
            section.OneOf("dataBits", SerialPortProfile.AllowedDataBits) ?? SerialPortProfile.DefaultDataBits,
            (SerialParity)NameIndex(section.Choice("parity", SerialPortProfile.ParityNames), SerialPortProfile.ParityNames),
            section.OneOf("stopBits", SerialPortProfile.AllowedStopBits) ?? SerialPortProfile.DefaultStopBits,
            (SerialHandshake)NameIndex(section.Choice("handshake", SerialPortProfile.HandshakeNames), SerialPortProfile.HandshakeNames));
    }

    /// <summary>The position of a choice already checked against <paramref name="names"/>; an absent one is the first (the default).</summary>
    private static int NameIndex(string? name, IReadOnlyList<string> names) =>
        name is null ? 0 : names.ToList().IndexOf(name);

    private static TerminalProfile ReadTerminal(JsonSection? section) => new(
        section?.Int("promptTimeoutSeconds", 1, 600) ?? TerminalProfile.DefaultPromptTimeoutSeconds,
        section?.Int("hostTimeoutSeconds", 1, 600) ?? TerminalProfile.DefaultHostTimeoutSeconds);

    private static SecurityProfile ReadSecurity(JsonSection root, bool isTest)
    {
        var section = root.Section("security");
        if (section is null)
            return isTest
                ? new SecurityProfile(KeySource.Inline(Convert.FromHexString(TestKeys.DataKeyHex)))
                : throw root.Error("security.dataKeyFile", "required key is missing (a profile that is not a test profile keeps its data key in a file)");
        return new SecurityProfile(KeyReader.Read(section, "dataKey", "dataKeyFile", SecurityProfile.DataKeyBytes, isTest, TestKeys.DataKeyHex));
    }

    /// <summary>The register's link: tcp (an address to listen on) or serial (a port, 9600 baud unless given), not both.</summary>
    private static EcrProfile? ReadEcr(JsonSection? section)
    {
        if (section is null)
            return null;
        var tcpText = section.String("tcp");
        var serial = section.Section("serial");
        if (tcpText is not null && serial is not null)
            throw section.Error("serial", "give tcp or serial, not both");
        if (tcpText is null && serial is null)
            throw section.Error("tcp", "required key is missing (or give serial)");
        if (serial is not null)
            return new EcrProfile(null, ReadSerialSection(serial, EcrProfile.DefaultBaud));
        var address = EcrProfile.ParseListenAddress(tcpText!)
            ?? throw section.Error("tcp", $"must be an IP address and a port from 1 to 65535 to listen on, such as 127.0.0.1:9100, was \"{Echo.Cut(tcpText!)}\"");
        return new EcrProfile(address, null);
    }

    private static StorageProfile ReadStorage(JsonSection? section) =>
        new(section?.String("dataDirectory") ?? StorageProfile.DefaultDataDirectory);
}
