using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace CollectiveDismissal.Api.Tests.Fixtures;

/// <summary>Bodies and steps of the procedure that many tests start from.</summary>
public static class CaseScenarios
{
    /// <summary>A dossier; each gets an enterprise number of its own unless one is given, since a second open case for
    /// the same number is refused.</summary>
    public static object Dossier(string projectManager = "pm.peeters", int headcount = 250, int dismissals = 40,
        string region = "Flanders", string[]? jointCommittees = null, string? enterpriseNumber = null) => new
    {
        employer = new { name = "Acme Steel", enterpriseNumber = enterpriseNumber ?? NextEnterpriseNumber(), jointCommittees = jointCommittees ?? ["111.01"], region },
        averageHeadcount = headcount,
        plannedDismissals = dismissals,
        reasons = new[] { "Closure of the Genk plant" },
        projectManager
    };

    private static int _enterprises;

    /// <summary>A valid KBO/BCE number, a new one each call: 0400.000.000 upwards, with its check digits (97 − first eight mod 97).</summary>
    public static string NextEnterpriseNumber()
    {
        var first8 = 4_000_000L + Interlocked.Increment(ref _enterprises);
        var digits = $"{first8:D8}{97 - first8 % 97:D2}";
        return $"{digits[..4]}.{digits[4..7]}.{digits[7..]}";
    }

    public static readonly DateOnly AnnouncedOn = new(2027, 1, 4);
    public static readonly DateOnly FirstMeetingOn = new(2027, 1, 5);
    public static readonly DateOnly ClosedOn = new(2027, 2, 15);
    public static readonly DateOnly NotifiedOn = new(2027, 2, 16);
    public static readonly DateOnly TwcOpenedOn = new(2027, 2, 20);

    /// <summary>Every step of the procedure, in order, as (path under the case, body).</summary>
    public static readonly (string Path, object Body)[] Procedure = ProcedureYearsBack(0);

    /// <summary>
    /// <see cref="Procedure"/> with every date moved back whole years. The OpenAPI examples tell the API guide's case,
    /// announced two years before <see cref="AnnouncedOn"/> (so that they replay on today's date); a test that sends
    /// them and needs them recorded runs its case two years back. 2025 and 2027 are both common years, so every offset
    /// (the 45-day extension, the weekly meeting) stays the same day.
    /// </summary>
    public static (string Path, object Body)[] ProcedureYearsBack(int years)
    {
        DateOnly Back(DateOnly date) => date.AddYears(-years);
        return
        [
            ("intention", new { announcedOn = Back(AnnouncedOn), informedBody = "WorksCouncil" }),
            ("works-council-meetings", new { heldOn = Back(FirstMeetingOn), minutesReference = "OR-1", questionsReceived = 12, questionsAnswered = 10 }),
            ("works-council-meetings", new { heldOn = Back(ClosedOn), minutesReference = "OR-2", questionsReceived = 3, questionsAnswered = 3 }),
            ("consultation-closure", new { closedOn = Back(ClosedOn) }),
            ("notification", new { notifiedOn = Back(NotifiedOn) }),
            ("waiting-period-extension", new { endsOn = Back(NotifiedOn.AddDays(45)), reason = "Director's decision" }),
            ("employment-cell", new { openedOn = Back(TwcOpenedOn), partners = new[] { "ACV", "ABVV", "Cevora" }, spoc = "SPOC Outplacement" }),
            ("twc-meetings", new { heldOn = Back(TwcOpenedOn.AddDays(7)), notes = "Kick-off" }),
            ("consultations", new { heldOn = Back(AnnouncedOn.AddDays(2)), party = "SocialInterventionAdviser", subject = "Social plan" }),
            ("information-sessions", new { heldOn = Back(AnnouncedOn.AddDays(3)), kind = "InformationSession", attendees = 38, topic = "The TWC" })
        ];
    }

    public static async Task<Guid> PrepareCase(this HttpClient client, object? dossier = null)
    {
        var response = await client.PostAsJsonAsync("/api/cases", dossier ?? Dossier());
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.GetProperty("id").GetGuid();
    }

    /// <summary>Runs the first <paramref name="steps"/> steps of <see cref="Procedure"/>, its dates <paramref name="yearsBack"/> years earlier.</summary>
    public static async Task Run(this HttpClient client, Guid caseId, int steps, int yearsBack = 0)
    {
        foreach (var (path, body) in (yearsBack == 0 ? Procedure : ProcedureYearsBack(yearsBack)).Take(steps))
        {
            var response = await client.PostAsJsonAsync($"/api/cases/{caseId}/{path}", body);
            Assert.True(response.StatusCode == HttpStatusCode.NoContent,
                $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }
}
