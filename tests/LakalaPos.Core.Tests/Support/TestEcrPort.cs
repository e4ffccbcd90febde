using LakalaPos.Core.Ecr;

namespace LakalaPos.Core.Tests.Support;

/// <summary>A cash-register link a test speaks for: it asks (<see cref="Ask"/>) and keeps every answer the terminal gave.</summary>
internal sealed class TestEcrPort : IEcrPort
{
    public event EventHandler<EcrRequest>? Requested;

    public List<EcrAnswer> Answers { get; } = [];

    public EcrAnswer? LastAnswer => Answers.Count == 0 ? null : Answers[^1];

    public void Ask(EcrRequest request) => Requested?.Invoke(this, request);

    public void Answer(EcrAnswer answer) => Answers.Add(answer);
}
