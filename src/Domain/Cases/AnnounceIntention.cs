using static CollectiveDismissal.Domain.Rules.CaseRuleViolation;

namespace CollectiveDismissal.Domain.Cases;

public sealed record AnnounceIntention(DateOnly AnnouncedOn, InformedBody InformedBody);

public static partial class CaseDecider
{
    public static IntentionAnnounced Decide(DismissalCase current, AnnounceIntention cmd)
    {
        EnsureOpen(current);
        Require(current.AnnouncedOn is null, "intention.already-announced",
            $"The intention was already announced on {current.AnnouncedOn:yyyy-MM-dd}.");
        return new(current.Id, cmd.AnnouncedOn, cmd.InformedBody);
    }
}
