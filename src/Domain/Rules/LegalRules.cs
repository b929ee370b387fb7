using CollectiveDismissal.Domain.Cases;

namespace CollectiveDismissal.Domain.Rules;

/// <summary>The thresholds and deadlines of the procedure. Rule numbers refer to domain-research.md §2.</summary>
public static class LegalRules
{
    /// <summary>R1 (CAO 24): 21–99 → at least 10; 100–299 → at least 10 %; 300+ → at least 30; ≤ 20 → never.</summary>
    public static bool IsCollectiveDismissal(int averageHeadcount, int dismissals) => averageHeadcount switch
    {
        <= 20 => false,
        <= 99 => dismissals >= 10,
        <= 299 => dismissals * 10 >= averageHeadcount,
        _ => dismissals >= 30
    };

    /// <summary>R14 (KB 9 March 2006): ≤ 11 → at least half; 12–20 → at least 6; 21–99 → at least 10; 100+ → at least 10 %.</summary>
    public static bool IsEmployerInRestructuring(int averageHeadcount, int dismissals) => averageHeadcount switch
    {
        <= 11 => dismissals * 2 >= averageHeadcount,
        <= 20 => dismissals >= 6,
        <= 99 => dismissals >= 10,
        _ => dismissals * 10 >= averageHeadcount
    };

    /// <summary>R13: an employer in restructuring with more than 20 workers, outside joint committees 225 and 328.</summary>
    public static bool IsEmploymentCellRequired(int averageHeadcount, int dismissals, IEnumerable<string> jointCommittees) =>
        IsEmployerInRestructuring(averageHeadcount, dismissals)
        && averageHeadcount > 20
        && !jointCommittees.Any(JointCommittee.IsExemptFromEmploymentCell);

    /// <summary>R9: no notice during the 30 days after the notification; this is the last of those days.</summary>
    public static DateOnly WaitingPeriodEnd(DateOnly notifiedOn) => notifiedOn.AddDays(30);

    /// <summary>R9: the regional director may extend the waiting period to at most 60 days after the notification.</summary>
    public static DateOnly LatestWaitingPeriodEnd(DateOnly notifiedOn) => notifiedOn.AddDays(60);

    /// <summary>R10: the representatives may object within 30 days (counted, by the project's convention, from the notification).</summary>
    public static DateOnly ObjectionDeadline(DateOnly notifiedOn) => notifiedOn.AddDays(30);

    /// <summary>R5: the works council meets at the earliest one day after the announcement.</summary>
    public static DateOnly EarliestWorksCouncilMeeting(DateOnly announcedOn) => announcedOn.AddDays(1);

    /// <summary>Meetings may be recorded out of order; the consultation's last meeting is the latest date.</summary>
    public static DateOnly Latest(DateOnly? current, DateOnly candidate) =>
        current is { } known && known > candidate ? known : candidate;

    /// <summary>The regional service competent for the technical business unit's region.</summary>
    public static EmploymentService CompetentService(Region region) => region switch
    {
        Region.Flanders => EmploymentService.VDAB,
        Region.Brussels => EmploymentService.Actiris,
        Region.Wallonia => EmploymentService.Forem,
        Region.GermanSpeaking => EmploymentService.ADG,
        _ => throw new ArgumentOutOfRangeException(nameof(region), region, null)
    };
}
