namespace LakalaPos.Core.Ecr;

/// <summary>
/// A register request the terminal took on, as the journal keeps it: written when it is accepted,
/// and again with its answer once it has one. A request asked again is answered from here.
/// </summary>
public sealed record EcrRequestRecord(string RequestId, EcrRequestKind Kind, string OrderNo, DateTimeOffset ReceivedAt, EcrAnswer? Answer);
