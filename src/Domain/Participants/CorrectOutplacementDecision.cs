using CollectiveDismissal.Domain.Cases;
using CollectiveDismissal.Domain.Rules;
using static CollectiveDismissal.Domain.Rules.CaseRuleViolation;

namespace CollectiveDismissal.Domain.Participants;

public sealed record CorrectOutplacementDecision(bool Accepted, DateOnly DecidedOn, string Reason);

public static partial class ParticipantDecider
{
    /// <summary>
    /// The decision as it should have been recorded (step 9). The trajectory recorded since must still hold: a declined
    /// offer leaves no intake, session, extension or job (void them first; an intake cannot be voided), and an accepted one
    /// comes on or before each of them (steps 10–12). As when recording it, the decision is not dated after today and
    /// follows an offer recorded.
    /// </summary>
    public static OutplacementDecisionCorrected Decide(DismissalCase current, Participant p, CorrectOutplacementDecision cmd, DateOnly today)
    {
        EnsureActive(current, p, cmd.DecidedOn);
        BusinessDates.RequireNotAfterToday(cmd.DecidedOn, today, "outplacement.in-the-future", "The decision on the offer");
        var recorded = p.Decision ?? throw new CaseRuleViolation("correction.no-decision",
            "No outplacement decision is recorded: record it (POST …/outplacement-decision) rather than correct it.");
        Require(recorded != new OutplacementDecision(cmd.Accepted, cmd.DecidedOn), "correction.no-change",
            "The decision is already recorded so.");
        Require(cmd.DecidedOn >= p.EnrolledOn, "outplacement.before-enrolment",
            $"The offer is decided on or after enrolment ({p.EnrolledOn:yyyy-MM-dd}).");
        // R31, R32, R34: the worker decides on an offer received.
        if (p.Offer is { } offer)
            Require(cmd.DecidedOn >= offer.OfferedOn, "outplacement.before-offer",
                $"The offer was sent on {offer.OfferedOn:yyyy-MM-dd}; the decision follows it.");
        var sessions = p.GuidanceSessionList();
        if (!cmd.Accepted)
        {
            const string voidFirst = "a declined offer has none; void it first";
            Require(p.Intake is null, "intake.needs-acceptance", $"An intake was held on {p.Intake?.HeldOn:yyyy-MM-dd}, which needs an accepted offer.");
            Require(sessions.Count == 0, "guidance.needs-acceptance", $"{sessions.Count} guidance session(s) are recorded: {voidFirst}.");
            Require(p.ExtensionList().Count == 0, "extension.needs-acceptance", $"An extension is recorded: {voidFirst}.");
            Require(p.JobList().Count == 0, "job.needs-acceptance", $"A job is recorded: {voidFirst}.");
        }
        else
        {
            Require(p.Intake is not { } intake || intake.HeldOn >= cmd.DecidedOn, "intake.before-acceptance",
                $"The intake, held on {p.Intake?.HeldOn:yyyy-MM-dd}, follows the acceptance.");
            if (sessions.Count > 0 && sessions.Min(s => s.HeldOn) is var first)
                Require(first >= cmd.DecidedOn, "guidance.before-acceptance", $"A session was held on {first:yyyy-MM-dd}: guidance starts once the offer is accepted.");
            if (p.ExtensionList().Count > 0 && p.ExtensionList().Min(e => e.DecidedOn) is var decided)
                Require(decided >= cmd.DecidedOn, "extension.before-acceptance", $"An extension was decided on {decided:yyyy-MM-dd}, which follows the acceptance.");
        }
        return new(current.Id, p.Id, cmd.Accepted, cmd.DecidedOn, cmd.Reason);
    }
}
