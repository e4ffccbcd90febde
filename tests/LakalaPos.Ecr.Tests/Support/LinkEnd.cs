using LakalaPos.Ecr.Link;

namespace LakalaPos.Ecr.Tests.Support;

/// <summary>A link under test with what it delivered, acknowledged and gave up.</summary>
internal sealed class LinkEnd
{
    public LinkEnd(ManualClock clock, string name, EcrLinkTiming? timing = null)
    {
        Link = new EcrLink(clock, name, timing: timing);
        Link.Delivered += Delivered.Add;
        Link.Acknowledged += Acknowledged.Add;
        Link.GivenUp += GivenUp.Add;
    }

    public EcrLink Link { get; }

    public List<string> Delivered { get; } = [];

    public List<string> Acknowledged { get; } = [];

    public List<string> GivenUp { get; } = [];

    /// <summary>Hands everything each side has to write to the other until neither has anything.</summary>
    public static void Pump(LinkEnd a, LinkEnd b)
    {
        while (true)
        {
            var fromA = a.Link.TakeOutput();
            var fromB = b.Link.TakeOutput();
            if (fromA.Length == 0 && fromB.Length == 0)
                return;
            b.Link.Receive(fromA);
            a.Link.Receive(fromB);
        }
    }
}
