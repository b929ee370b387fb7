using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace CollectiveDismissal.Api.Tests.Fixtures;

/// <summary>A case ready for participants (the procedure up to the open employment cell) and participants to enrol in it.</summary>
public static class ParticipantScenarios
{
    /// <summary>The waiting period, extended to 45 days, ends on 2027-04-02: the first dismissal date is 2027-04-03.</summary>
    public static readonly DateOnly DismissedOn = new(2027, 4, 3);
    public static readonly DateOnly EnrolledOn = new(2027, 4, 5);
    public static readonly DateOnly YoungerBirthDate = new(1985, 7, 30);
    public static readonly DateOnly OlderBirthDate = new(1975, 3, 1);

    /// <summary>A valid INSZ for a birth date and a sequence number (the check digits in docs/domain-rules.md, step 8).</summary>
    public static string Insz(DateOnly birthDate, int sequence)
    {
        var nine = long.Parse($"{birthDate:yyMMdd}{sequence:000}");
        var check = 97 - (birthDate.Year >= 2000 ? 2_000_000_000 + nine : nine) % 97;
        return $"{nine:000000000}{check:00}";
    }

    public static object Enrolment(string reference, DateOnly? birthDate = null, int sequence = 1, string? name = null,
        string? email = null, string? phone = null, DateOnly? dismissedOn = null, DateOnly? enrolledOn = null)
    {
        var born = birthDate ?? YoungerBirthDate;
        return new
        {
            personnelReference = reference,
            person = new
            {
                name = name ?? $"Person {reference}", nationalRegisterNumber = Insz(born, sequence), birthDate = born,
                email = email ?? $"{reference.ToLowerInvariant()}@example.be", phone = phone ?? "+32 470 00 00 00"
            },
            gender = "Female", contractKind = "Indefinite", workerCategory = "BlueCollar", terminationMode = "Indemnity",
            dismissedOn = dismissedOn ?? DismissedOn, contractEndsOn = dismissedOn ?? DismissedOn, enrolledOn = enrolledOn ?? EnrolledOn
        };
    }

    /// <summary>Prepares a case and runs the procedure up to and including the opening of the employment cell (its dates
    /// <paramref name="yearsBack"/> years earlier: see <see cref="CaseScenarios.ProcedureYearsBack"/>).</summary>
    public static async Task<Guid> OpenCase(this HttpClient client, int yearsBack = 0)
    {
        var caseId = await client.PrepareCase();
        await client.Run(caseId, 7, yearsBack);
        return caseId;
    }

    public static async Task<Guid> Enrol(this HttpClient client, Guid caseId, object enrolment)
    {
        var response = await client.PostAsJsonAsync($"/api/cases/{caseId}/participants", enrolment);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>
    /// Posts a participant command and asserts it was recorded: 201 with the id of the entry it created (a session, a job,
    /// an extension, a departure), or 204. Returns that id, if any.
    /// </summary>
    public static async Task<Guid?> Record(this HttpClient client, Guid caseId, Guid participantId, string path, object body)
    {
        var response = await client.PostAsJsonAsync($"/api/cases/{caseId}/participants/{participantId}/{path}", body);
        Assert.True(response.StatusCode is HttpStatusCode.NoContent or HttpStatusCode.Created,
            $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return response.StatusCode == HttpStatusCode.Created
            ? (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid()
            : null;
    }

    public static Task Accept(this HttpClient client, Guid caseId, Guid participantId, DateOnly? on = null) =>
        client.Record(caseId, participantId, "outplacement-decision", new { accepted = true, decidedOn = on ?? EnrolledOn });

    /// <summary>Logs a session (with the services named, or a job search campaign); returns its id.</summary>
    public static async Task<Guid> Session(this HttpClient client, Guid caseId, Guid participantId, DateOnly heldOn, decimal hours,
        params string[] services) =>
        (await client.Record(caseId, participantId, "guidance-sessions",
            new { heldOn, hours, kind = "Individual", topic = "CV", services = services.Length > 0 ? services : ["JobSearchCampaign"] }))!.Value;
}
