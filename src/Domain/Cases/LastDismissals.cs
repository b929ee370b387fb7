using CollectiveDismissal.Domain.Rules;

namespace CollectiveDismissal.Domain.Cases;

/// <summary>
/// The last dismissal date of a participant under 45 and of one of 45 or older: the employment cell stays available
/// after each for the minimum enrolment of that age (R16, <see cref="TrajectoryRules.TwcAvailableUntil"/>).
/// </summary>
public sealed record LastDismissals(DateOnly? Under45, DateOnly? From45)
{
    /// <summary>A participant enrolled: their age at the announcement and their dismissal date.</summary>
    public LastDismissals With(int ageAtAnnouncement, DateOnly dismissedOn) => TrajectoryRules.IsOlderWorker(ageAtAnnouncement)
        ? this with { From45 = LegalRules.Latest(From45, dismissedOn) }
        : this with { Under45 = LegalRules.Latest(Under45, dismissedOn) };

    public DateOnly? TwcAvailableUntil() => TrajectoryRules.TwcAvailableUntil(Under45, From45);
}
