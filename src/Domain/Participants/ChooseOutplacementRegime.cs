using CollectiveDismissal.Domain.Cases;
using static CollectiveDismissal.Domain.Rules.CaseRuleViolation;

namespace CollectiveDismissal.Domain.Participants;

public sealed record ChooseOutplacementRegime(OutplacementRegime Regime);

public static partial class ParticipantDecider
{
    /// <summary>
    /// R29: which regime the participant's outplacement falls under. The sources say the restructuring regime applies in a
    /// cell even to a worker who would qualify for another (R23, S34) and leave the interaction open (docs/domain-rules.md,
    /// R29), so the project manager chooses; the choice only sets which deadlines are computed (R31, R32, R34). Once an
    /// offer, a formal notice or a decision is recorded, the regime is fixed: its deadlines have started.
    /// </summary>
    public static OutplacementRegimeChosen Decide(DismissalCase current, Participant p, ChooseOutplacementRegime cmd)
    {
        CaseDecider.EnsureOpen(current);
        Require(p.Departure is null, "participant.left", $"The participant left on {p.Departure?.LeftOn:yyyy-MM-dd}.");
        Require(p.Offer is null && p.FormalNotice is null && p.Decision is null, "regime.fixed",
            "R29: the regime is fixed once an offer, a formal notice or a decision on the offer is recorded.");
        return new(current.Id, p.Id, cmd.Regime);
    }
}
