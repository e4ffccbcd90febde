namespace LakalaPos.Devices.Ecr;

/// <summary>A channel that registers connect to and drop off (TCP): the port starts the link afresh whenever <see cref="Generation"/> moves.</summary>
public interface IRegisterChannel
{
    /// <summary>Moves on each connection and each disconnection.</summary>
    int Generation { get; }

    /// <summary>Whether a register is connected now.</summary>
    bool HasRegister { get; }
}
