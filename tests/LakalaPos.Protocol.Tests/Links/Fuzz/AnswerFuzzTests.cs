using FluentAssertions;
using LakalaPos.Core.Host;
using LakalaPos.Iso8583.Framing;
using LakalaPos.Iso8583.Messages;
using static LakalaPos.Protocol.Tests.TestData;

namespace LakalaPos.Protocol.Tests.Links.Fuzz;

/// <summary>
/// Every answer the terminal can receive, each of its fields garbled every way, many times over
/// with fixed seeds: the link always comes to a decision — an answer, or no answer (Malformed,
/// BadMac) — never throws, never logs a card number, and a field that does not decide the answer
/// never costs an approval whose MAC covers it.
/// </summary>
public class AnswerFuzzTests
{
    private const int Rounds = 16;

    private static readonly HostLinkOutcome[] Decisions = [HostLinkOutcome.Answered, HostLinkOutcome.Malformed, HostLinkOutcome.BadMac];

    public static TheoryData<string> Cases() => new(AnswerCase.All.Select(c => c.Name));

    /// <summary>One case under fuzzing: its link, its valid answer cut into fields, and a random seeded by its name.</summary>
    private sealed record Run(AnswerCase Case, LinkHarness Harness, byte[] Valid, WireAnswer Answer, Random Random)
    {
        /// <summary>The fields that do not decide the answer, with their places in it.</summary>
        public IEnumerable<(WireField Field, int Index)> Undeciding() =>
            Answer.Fields.Select((f, i) => (f, i)).Where(x => !Case.IsEssential(x.f.Number));
    }

    private static Run Start(string name, int seedOffset)
    {
        var @case = AnswerCase.Named(name);
        var (harness, valid) = SignedInWithValidAnswer(@case);
        return new Run(@case, harness, valid, WireAnswer.Split(valid), new Random(Seed(name) + seedOffset));
    }

    /// <summary>A link (signed in when the case needs it) and the valid approved answer to the case's request.</summary>
    private static (LinkHarness Harness, byte[] Valid) SignedInWithValidAnswer(AnswerCase @case)
    {
        var harness = new LinkHarness();
        if (@case.SignedIn)
            harness.SignIn();
        byte[]? valid = null;
        harness.Host.Behaviour = request => new HostReply.Answer(valid = @case.ApprovedAnswer(request));
        var first = harness.Send(@case.Request);
        first.Outcome.Should().Be(HostLinkOutcome.Answered, "the unspoilt answer is sound");
        first.Response!.Approved.Should().BeTrue();
        return (harness, valid!);
    }

    private static HostLinkResult Exchange(LinkHarness harness, AnswerCase @case, byte[] answer)
    {
        if (@case.Request.Kind == HostMessageKind.SignOut && !harness.Link.HasWorkingKeys && @case.SignedIn)
            harness.SignIn(); // an approved sign-out ended the session; the next one goes out as the first did
        harness.Host.Behaviour = _ => new HostReply.Answer(answer);
        return harness.Send(@case.Request);
    }

    private static int Seed(string name) => name.Aggregate(8583, (seed, c) => unchecked(seed * 31 + c));

    private static byte[] WithMac(byte[] body) =>
        [.. body[..^8], .. FakeCrypto.Mac(body.AsSpan(Iso8583Codec.MtiOffset, body.Length - Iso8583Codec.MtiOffset - 8), FakeCrypto.MacKey)];

    private static bool MacVerifies(byte[] body) =>
        body.Length > Iso8583Codec.MtiOffset + 8 && WithMac(body).AsSpan().SequenceEqual(body);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Whatever_the_bytes_of_any_field_the_link_decides_never_throws_and_logs_no_card_number(string name)
    {
        var (@case, harness, _, answer, random) = Start(name, 0);
        var tried = 0;

        for (var index = 0; index < answer.Fields.Count; index++)
        {
            foreach (var garbling in Enum.GetValues<Garbling>())
            {
                for (var round = 0; round < Rounds; round++)
                {
                    if (Garbler.Apply(garbling, answer, index, random) is not { } body)
                        break;
                    tried++;
                    var result = Exchange(harness, @case, body);

                    var why = $"{name}: field {answer.Fields[index].Number} {garbling} round {round}";
                    result.Outcome.Should().BeOneOf(Decisions, why);
                    if (result.Outcome == HostLinkOutcome.Answered)
                        result.Response!.ResponseCode.Should().HaveLength(2, why);
                    if (result is { Outcome: HostLinkOutcome.Answered, Response.Approved: true } && @case.IsMaced)
                        MacVerifies(body).Should().BeTrue($"{why}: no approval without a MAC that verifies");
                }
            }
        }

        tried.Should().BeGreaterThan(answer.Fields.Count * Rounds * 4);
        harness.Log.All.Should().NotContain(DebitPan).And.NotContain(CreditPan);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_garbled_field_that_does_not_decide_the_answer_leaves_the_approval_standing_under_a_mac_over_those_bytes(string name)
    {
        var run = Start(name, 1);
        var (@case, harness, _, answer, random) = run;

        foreach (var (field, index) in run.Undeciding())
        {
            foreach (var garbling in Garbler.ContentOnly)
            {
                for (var round = 0; round < Rounds; round++)
                {
                    if (Garbler.Apply(garbling, answer, index, random) is not { } body)
                        break;
                    var result = Exchange(harness, @case, @case.IsMaced ? WithMac(body) : body);

                    var why = $"{name}: field {field.Number} {garbling} round {round}";
                    result.Outcome.Should().Be(HostLinkOutcome.Answered, why);
                    result.Response!.Approved.Should().BeTrue(why);
                    if (@case.Request.Kind == HostMessageKind.SignIn)
                        harness.Link.HasWorkingKeys.Should().BeTrue($"{why}: the keys in 62 were read");
                    if (@case.Request.Kind == HostMessageKind.Settlement)
                        result.Response.Settlement.Should().Be(SettlementResult.Balanced, why);
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_same_garbling_under_the_mac_of_the_unspoilt_answer_is_a_bad_mac(string name)
    {
        if (!AnswerCase.Named(name).IsMaced)
            return; // sign-in and network answers carry no MAC
        var run = Start(name, 2);
        var (@case, harness, valid, answer, random) = run;

        foreach (var (field, index) in run.Undeciding())
        {
            for (var round = 0; round < Rounds; round++)
            {
                var body = Garbler.Apply(Garbling.RandomData, answer, index, random)!;
                if (body.AsSpan().SequenceEqual(valid))
                    continue; // the random bytes happened to be the field's own

                Exchange(harness, @case, body).Outcome.Should().Be(HostLinkOutcome.BadMac, $"{name}: field {field.Number} round {round}");
            }
        }
    }

    [Fact]
    public void Every_answer_the_terminal_receives_is_fuzzed() =>
        AnswerCase.All.Select(c => c.Name[..4]).Distinct().Should().BeEquivalentTo("0810", "0830", "0210", "0230", "0410", "0510", "0330");
}
