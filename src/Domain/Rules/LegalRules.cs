using CollectiveDismissal.Domain.Cases;

namespace CollectiveDismissal.Domain.Rules;

/// <summary>
/// The thresholds and deadlines of the procedure, each with its legal source; the rule numbers (R1, R9, …) name the
/// sections of docs/domain-rules.md.
/// </summary>
public static class LegalRules
{
    /// <summary>
    /// R1 (CAO nr. 24; KB 24 mei 1976): dismissals within 60 days of at least 10 workers with 21–99, 10 % with 100–299,
    /// 30 with 300 or more; never with 20 or fewer.
    /// </summary>
    public static bool IsCollectiveDismissal(int averageHeadcount, int dismissals) => averageHeadcount switch
    {
        <= 20 => false,
        <= 99 => dismissals >= 10,
        <= 299 => dismissals * 10 >= averageHeadcount,
        _ => dismissals >= 30
    };

    /// <summary>
    /// R14 (KB 9 maart 2006), thresholds other than R1's: at least half of the workers with 11 or fewer, 6 with 12–20, 10
    /// with 21–99, 10 % with 100 or more.
    /// </summary>
    public static bool IsEmployerInRestructuring(int averageHeadcount, int dismissals) => averageHeadcount switch
    {
        <= 11 => dismissals * 2 >= averageHeadcount,
        <= 20 => dismissals >= 6,
        <= 99 => dismissals >= 10,
        _ => dismissals * 10 >= averageHeadcount
    };

    /// <summary>
    /// R13 (KB 9 maart 2006, for every employer of more than 20 workers since the Herstelwet of 27 maart 2009): an employer
    /// in restructuring sets up an employment cell, unless in joint committee 225 or 328.
    /// </summary>
    public static bool IsEmploymentCellRequired(int averageHeadcount, int dismissals, IEnumerable<string> jointCommittees) =>
        IsEmployerInRestructuring(averageHeadcount, dismissals)
        && averageHeadcount > 20
        && !jointCommittees.Any(JointCommittee.IsExemptFromEmploymentCell);

    /// <summary>R9 (KB 24 mei 1976): no notice during the 30 days after the notification; this is the last of those days.</summary>
    public static DateOnly WaitingPeriodEnd(DateOnly notifiedOn) => notifiedOn.AddDays(30);

    /// <summary>R9 (KB 24 mei 1976): the regional director may extend the waiting period to 60 days after the notification.</summary>
    public static DateOnly LatestWaitingPeriodEnd(DateOnly notifiedOn) => notifiedOn.AddDays(60);

    /// <summary>
    /// R10 (Wet 13 februari 1998, art. 62–70): the representatives may object within 30 days. The law counts them from
    /// the posting in the company, which the case does not record; they are counted from the notification.
    /// </summary>
    public static DateOnly ObjectionDeadline(DateOnly notifiedOn) => notifiedOn.AddDays(30);

    /// <summary>
    /// R5: the works council meets to have the written report explained at the earliest the day after the announcement;
    /// a practice of the procedure, no legal term.
    /// </summary>
    public static DateOnly EarliestWorksCouncilMeeting(DateOnly announcedOn) => announcedOn.AddDays(1);

    /// <summary>Facts may be recorded out of order (meetings, dismissals): the last one is the latest date, not the last recorded.</summary>
    public static DateOnly Latest(DateOnly? current, DateOnly candidate) =>
        current is { } known && known > candidate ? known : candidate;

    /// <summary>R17 (KB 9 maart 2006): the competent employment service, that of the case's region, takes part in the cell.</summary>
    public static EmploymentService CompetentService(Region region) => region switch
    {
        Region.Flanders => EmploymentService.VDAB,
        Region.Brussels => EmploymentService.Actiris,
        Region.Wallonia => EmploymentService.Forem,
        Region.GermanSpeaking => EmploymentService.ADG,
        _ => throw new ArgumentOutOfRangeException(nameof(region), region, null)
    };
}
