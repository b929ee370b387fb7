using CollectiveDismissal.Domain.Participants;

namespace CollectiveDismissal.Domain.Rules;

/// <summary>
/// The outplacement offer's deadlines per regime (R31, R32 and R34 in docs/domain-rules.md, with their sources S5, S36,
/// S37, S38, S42, S43, S44). Days are calendar days, weeks 7 days, months date to date;
/// "within N after D" ends on D + N, that day included. The restructuring regime (R23) has none: the sources give no
/// term for the offer or the decision inside an employment cell, so the service sets none.
/// </summary>
public static class OfferRules
{
    /// <summary>R31 (S5, S37): with notice worked, the employer offers within 4 weeks after the notice starts.</summary>
    public const int NoticeWorkedOfferDays = 4 * 7;

    /// <summary>R31 (S5, S37): with notice worked and no offer, the worker has 4 weeks to give formal notice.</summary>
    public const int NoticeWorkedFormalNoticeDays = 4 * 7;

    /// <summary>R32 (S5, S36; BBTK S38: 2 weeks): with an indemnity, the offer is due within 15 days after the contract ends.</summary>
    public const int IndemnityOfferDays = 15;

    /// <summary>R32 (S5, S36, S38): without an offer, formal notice within 39 weeks after the 15-day window.</summary>
    public const int IndemnityFormalNoticeDays = 39 * 7;

    /// <summary>R32 (S36, S38): after the formal notice, the employer has 4 weeks to make a valid offer.</summary>
    public const int IndemnityOfferAfterFormalNoticeDays = 4 * 7;

    /// <summary>R31, R32 (S5, S37, S38): the worker decides within 4 weeks after receiving the offer.</summary>
    public const int GeneralDecisionDays = 4 * 7;

    /// <summary>R34 (S43, S44): 45+ regime, a written offer within 15 days after the contract's effective end.</summary>
    public const int Special45PlusOfferDays = 15;

    /// <summary>
    /// R34 (S42, S43): the worker accepts within 1 month; without an offer, formal notice within 1 month after the 15-day
    /// window, and the employer then has 1 month. S42 reports the CAO 82 text of 2018; whether later changes aligned these
    /// with the general regime's 39 and 4 weeks is open (research [?]). The shorter month is kept, so the board warns early.
    /// </summary>
    public const int Special45PlusMonths = 1;

    /// <summary>
    /// R31 counts the offer's 4 weeks from the start of the notice. The service records the dismissal date, not the
    /// notice's start, which is the same day or later (the research does not say how it is fixed): counting from the
    /// dismissal never shows the deadline later than the law.
    /// </summary>
    public static DateOnly NoticeStart(DateOnly dismissedOn) => dismissedOn;

    public static DateOnly? OfferDue(OutplacementRegime regime, TerminationMode mode, DateOnly dismissedOn, DateOnly contractEndsOn) =>
        (regime, mode) switch
        {
            (OutplacementRegime.General, TerminationMode.NoticeWorked) => NoticeStart(dismissedOn).AddDays(NoticeWorkedOfferDays),
            (OutplacementRegime.General, TerminationMode.Indemnity) => contractEndsOn.AddDays(IndemnityOfferDays),
            (OutplacementRegime.Special45Plus, _) => contractEndsOn.AddDays(Special45PlusOfferDays),
            _ => null
        };

    public static DateOnly? FormalNoticeWindowEnd(OutplacementRegime regime, TerminationMode mode, DateOnly dismissedOn, DateOnly contractEndsOn) =>
        OfferDue(regime, mode, dismissedOn, contractEndsOn) is not { } due
            ? null
            : (regime, mode) switch
            {
                (OutplacementRegime.General, TerminationMode.NoticeWorked) => due.AddDays(NoticeWorkedFormalNoticeDays),
                (OutplacementRegime.General, TerminationMode.Indemnity) => due.AddDays(IndemnityFormalNoticeDays),
                _ => due.AddMonths(Special45PlusMonths)
            };

    /// <summary>
    /// What a formal notice starts: the employer's new term to offer. R31 (notice worked) names none (docs/domain-rules.md, R31), so the service
    /// computes none rather than invent one.
    /// </summary>
    public static DateOnly? OfferAfterFormalNoticeDue(OutplacementRegime regime, TerminationMode mode, DateOnly formalNoticeOn) =>
        (regime, mode) switch
        {
            (OutplacementRegime.General, TerminationMode.Indemnity) => formalNoticeOn.AddDays(IndemnityOfferAfterFormalNoticeDays),
            (OutplacementRegime.Special45Plus, _) => formalNoticeOn.AddMonths(Special45PlusMonths),
            _ => null
        };

    /// <summary>
    /// The worker's decision window. The sources count it from receiving the offer; the service records the day it was
    /// sent, which is the same day or earlier, so the window shown never ends later than the law's.
    /// </summary>
    public static DateOnly? DecisionDue(OutplacementRegime regime, DateOnly offeredOn) => regime switch
    {
        OutplacementRegime.General => offeredOn.AddDays(GeneralDecisionDays),
        OutplacementRegime.Special45Plus => offeredOn.AddMonths(Special45PlusMonths),
        _ => null
    };
}
