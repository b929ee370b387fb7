using System.Text.Json;
using CollectiveDismissal.Domain.Cases;
using CollectiveDismissal.Domain.Rules;

namespace CollectiveDismissal.Domain.Tests;

/// <summary>Given events, when a decision, then an event or a named refusal.</summary>
public static class CaseSpec
{
    public static readonly Guid CaseId = Guid.Parse("0195f000-0000-7000-8000-000000000001");

    /// <summary>"Today" for the deciders that refuse a date after it: later than every date of the specs.</summary>
    public static readonly DateOnly Today = new(2030, 1, 1);

    public static readonly DossierPrepared Prepared = new(CaseId,
        new Employer("Acme Steel", "0403170701", ["111.01"], Region.Flanders), 250, 40, ["Closure of the Genk plant"], "pm.peeters");

    public static GivenEvents Given(params object[] events) => new(events);

    public sealed class GivenEvents(object[] events)
    {
        public DismissalCase State => events.Aggregate((DismissalCase?)null, CollectiveDismissal.Tests.CaseFold.Evolve)
                                      ?? throw new InvalidOperationException("No DossierPrepared among the given events.");

        public WhenDeciding When<TEvent>(Func<DismissalCase, TEvent> decide) where TEvent : notnull =>
            new(() => decide(State));
    }

    public sealed class WhenDeciding(Func<object> decide)
    {
        public void Then(object expected) =>
            Assert.Equal(JsonSerializer.Serialize(expected, expected.GetType()), JsonSerializer.Serialize(decide(), expected.GetType()));

        public void ThenRefuses(string rule)
        {
            var violation = Assert.Throws<CaseRuleViolation>(decide);
            Assert.Equal(rule, violation.Rule);
        }
    }
}
