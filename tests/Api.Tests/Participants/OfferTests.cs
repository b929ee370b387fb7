using System.Net;
using System.Text.Json;
using Marten.Events;
using CollectiveDismissal.Api.Tests.Fixtures;
using static CollectiveDismissal.Api.Tests.Fixtures.ParticipantScenarios;

namespace CollectiveDismissal.Api.Tests.Participants;

/// <summary>
/// R29, R31, R32, R34: the regime, the offer, the formal notice and their deadlines, in the reads and on the board. The
/// scenario's participant is dismissed on 2027-04-03 with an indemnity, the contract ending that day, enrolled on
/// 2027-04-05: in the general regime the offer is due on 2027-04-18 (15 days), formal notice until 2028-01-16 (39
/// weeks more).
/// </summary>
public class OfferTests(AppFixture fixture) : IntegrationContext(fixture)
{
    private HttpClient Pm => Client(ProjectManager);
    private static readonly DateOnly OfferDue = new(2027, 4, 18);

    private async Task<(Guid CaseId, Guid Participant)> Enrolled()
    {
        var caseId = await Pm.OpenCase();
        return (caseId, await Pm.Enrol(caseId, Enrolment("E-1")));
    }

    private async Task<JsonElement> Offer(Guid caseId, Guid participant, string asOf = "2027-12-31") =>
        (await GetJson($"/api/cases/{caseId}/participants/{participant}?asOf={asOf}")).GetProperty("outplacementOffer");

    private async Task<string> Refused(Guid caseId, Guid participant, string path, object body) =>
        (await Problem(await Post($"/api/cases/{caseId}/participants/{participant}/{path}", body), HttpStatusCode.Conflict)).GetProperty("rule").GetString()!;

    [Fact]
    public async Task the_restructuring_regime_is_the_default_and_has_no_offer_deadline()
    {
        var (caseId, p) = await Enrolled();
        var offer = await Offer(caseId, p);
        Assert.Equal("Restructuring", offer.GetProperty("regime").GetString());
        foreach (var due in new[] { "offerDueOn", "formalNoticeWindowEndsOn", "offerAfterFormalNoticeDueOn", "decisionDueOn", "offeredOn", "offeredInTime" })
            Assert.Equal(JsonValueKind.Null, offer.GetProperty(due).ValueKind);
        Assert.Equal("formal-notice.no-offer-deadline", await Refused(caseId, p, "formal-notice", new { givenOn = OfferDue.AddDays(1) }));

        await Pm.Record(caseId, p, "outplacement-offer", new { offeredOn = EnrolledOn, sentBy = "HandDeliveredWithReceipt" });
        offer = await Offer(caseId, p);
        Assert.Equal("2027-04-05", offer.GetProperty("offeredOn").GetString());
        Assert.Equal("HandDeliveredWithReceipt", offer.GetProperty("sentBy").GetString());
        Assert.Equal(JsonValueKind.Null, offer.GetProperty("decisionDueOn").ValueKind);
    }

    [Fact]
    public async Task the_general_regime_gives_the_offer_deadline_then_the_decision_window()
    {
        var (caseId, p) = await Enrolled();
        await Pm.Record(caseId, p, "outplacement-regime", new { regime = "General" });
        var offer = await Offer(caseId, p);
        Assert.Equal("General", offer.GetProperty("regime").GetString());
        Assert.Equal("2027-04-18", offer.GetProperty("offerDueOn").GetString());
        Assert.Equal("2028-01-16", offer.GetProperty("formalNoticeWindowEndsOn").GetString());

        await Pm.Record(caseId, p, "outplacement-offer", new { offeredOn = new DateOnly(2027, 4, 20), sentBy = "RegisteredLetter" });
        offer = await Offer(caseId, p);
        Assert.False(offer.GetProperty("offeredInTime").GetBoolean());
        Assert.Equal("2027-05-18", offer.GetProperty("decisionDueOn").GetString());
        // As of a day before the offer, it was not there yet.
        Assert.Equal(JsonValueKind.Null, (await Offer(caseId, p, "2027-04-19")).GetProperty("offeredOn").ValueKind);

        Assert.Equal("outplacement.before-offer", await Refused(caseId, p, "outplacement-decision", new { accepted = true, decidedOn = new DateOnly(2027, 4, 19) }));
        Assert.Equal("regime.fixed", await Refused(caseId, p, "outplacement-regime", new { regime = "Special45Plus" }));
        Assert.Equal("offer.already-made", await Refused(caseId, p, "outplacement-offer", new { offeredOn = new DateOnly(2027, 4, 21), sentBy = "Email" }));
        Assert.Equal("formal-notice.offer-made", await Refused(caseId, p, "formal-notice", new { givenOn = new DateOnly(2027, 4, 21) }));
        await Pm.Accept(caseId, p, new DateOnly(2027, 4, 25));
    }

    [Fact]
    public async Task a_formal_notice_starts_the_employers_new_deadline()
    {
        var (caseId, p) = await Enrolled();
        Assert.Equal("formal-notice.before-offer-due", await Refused(caseId, p, "formal-notice", new { givenOn = OfferDue, regime = "Special45Plus" }));
        Assert.Equal("formal-notice.too-late", await Refused(caseId, p, "formal-notice", new { givenOn = OfferDue.AddMonths(1).AddDays(1), regime = "Special45Plus" }));
        await Pm.Record(caseId, p, "formal-notice", new { givenOn = new DateOnly(2027, 5, 3), regime = "Special45Plus" });

        var offer = await Offer(caseId, p);
        Assert.Equal("Special45Plus", offer.GetProperty("regime").GetString());
        Assert.Equal("2027-05-03", offer.GetProperty("formalNoticeGivenOn").GetString());
        Assert.Equal("2027-06-03", offer.GetProperty("offerAfterFormalNoticeDueOn").GetString());
        Assert.Equal("formal-notice.already-given", await Refused(caseId, p, "formal-notice", new { givenOn = new DateOnly(2027, 5, 4) }));
        Assert.Equal("offer.before-formal-notice", await Refused(caseId, p, "outplacement-offer", new { offeredOn = new DateOnly(2027, 5, 2), sentBy = "Email" }));

        await Pm.Record(caseId, p, "outplacement-offer", new { offeredOn = new DateOnly(2027, 6, 1), sentBy = "RegisteredLetter" });
        offer = await Offer(caseId, p);
        Assert.True(offer.GetProperty("offeredInTime").GetBoolean());
        Assert.Equal("2027-07-01", offer.GetProperty("decisionDueOn").GetString());
    }

    [Fact]
    public async Task the_board_shows_the_offer_deadlines_of_the_step_the_participant_is_at()
    {
        var (caseId, p) = await Enrolled();
        async Task<List<(string DueOn, string Kind)>> Board()
        {
            await Host.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(60));
            return [.. (await GetJson("/api/deadlines?asOf=2027-04-05&within=366&pageSize=200")).GetProperty("items").EnumerateArray()
                .Where(i => i.TryGetProperty("participantId", out var id) && id.ValueKind == JsonValueKind.String && i.GetProperty("kind").GetString() is var k
                            && (k!.Contains("Offer") || k.Contains("FormalNotice") || k.Contains("Decision")))
                .Select(i => (i.GetProperty("dueOn").GetString()!, i.GetProperty("kind").GetString()!))];
        }
        Assert.Empty(await Board());

        await Pm.Record(caseId, p, "outplacement-regime", new { regime = "General" });
        Assert.Equal([("2027-04-18", "OutplacementOfferDue"), ("2028-01-16", "FormalNoticeWindowEnd")], await Board());

        await Pm.Record(caseId, p, "formal-notice", new { givenOn = new DateOnly(2027, 5, 3) });
        Assert.Equal([("2027-05-31", "OfferAfterFormalNoticeDue")], await Board());

        await Pm.Record(caseId, p, "outplacement-offer", new { offeredOn = new DateOnly(2027, 5, 20), sentBy = "RegisteredLetter" });
        Assert.Equal([("2027-06-17", "OutplacementDecisionDue")], await Board());

        await Pm.Accept(caseId, p, new DateOnly(2027, 6, 1));
        Assert.Empty(await Board());
    }

    [Theory]
    [InlineData("outplacement-regime", """{}""", "regime")]
    [InlineData("outplacement-regime", """{"regime":"Cevora"}""", null)]
    [InlineData("outplacement-offer", """{"sentBy":"Email"}""", "offeredOn")]
    [InlineData("outplacement-offer", """{"offeredOn":"2027-04-05"}""", "sentBy")]
    [InlineData("formal-notice", """{"regime":"General"}""", "givenOn")]
    public async Task a_bad_body_is_a_400_naming_the_field_and_changes_nothing(string path, string body, string? field)
    {
        var (caseId, p) = await Enrolled();
        var before = await EventCount(caseId);
        var problem = await Problem(await PostRaw($"/api/cases/{caseId}/participants/{p}/{path}", body), HttpStatusCode.BadRequest);
        if (field is not null) Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.GetRawText());
        Assert.Equal(before, await EventCount(caseId));
    }
}
