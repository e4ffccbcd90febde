global using Xunit;
global using LakalaPos.Iso8583.Fields;
global using LakalaPos.Iso8583.Framing;
global using LakalaPos.Iso8583.Messages;
