namespace LakalaPos.Ecr.Register;

/// <summary>
/// A request got no answer after every attempt: whether the terminal did it is not known. Ask
/// again later with the same id — the terminal answers it once, whatever happened.
/// </summary>
public sealed class EcrNoAnswerException(string requestId, int attempts, string lastProblem)
    : IOException($"no answer to request {requestId} after {attempts} attempt(s) ({lastProblem}): ask again with the same id later")
{
    public string RequestId { get; } = requestId;

    public string LastProblem { get; } = lastProblem;
}
