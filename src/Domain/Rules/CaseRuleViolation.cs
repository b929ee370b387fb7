namespace CollectiveDismissal.Domain.Rules;

/// <summary>A rule of the domain refuses a command in the case's current state.</summary>
/// <param name="rule">A stable code naming the rule, e.g. <c>consultation.needs-a-meeting</c>.</param>
public sealed class CaseRuleViolation(string rule, string message) : Exception(message)
{
    public string Rule { get; } = rule;

    public static void Require(bool condition, string rule, string message)
    {
        if (!condition) throw new CaseRuleViolation(rule, message);
    }
}
