namespace LakalaPos.Devices.Serial.EscPos;

public enum PrintAlignment
{
    Left,
    Center,
    Right,
}
