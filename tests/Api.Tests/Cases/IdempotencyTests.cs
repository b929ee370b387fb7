using System.Net;
using CollectiveDismissal.Api.Tests.Fixtures;
using static CollectiveDismissal.Api.Tests.Fixtures.CaseScenarios;

namespace CollectiveDismissal.Api.Tests.Cases;

public class IdempotencyTests(AppFixture fixture) : IntegrationContext(fixture)
{
    [Fact]
    public async Task a_repeated_creation_returns_the_first_answer_and_creates_one_case()
    {
        var dossier = Dossier(); // one body: each Dossier() has an enterprise number of its own
        var first = await Post("/api/cases", dossier, idempotencyKey: "create-1");
        var second = await Post("/api/cases", dossier, idempotencyKey: "create-1");

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(first.StatusCode, second.StatusCode);
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.Equal("true", second.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(1, await EventCount());
    }

    [Fact]
    public async Task a_repeated_command_returns_the_first_answer_and_appends_nothing()
    {
        var id = await Client(ProjectManager).PrepareCase();
        var body = new { heldOn = AnnouncedOn, party = "Union", subject = "Social plan" };
        var first = await Post($"/api/cases/{id}/consultations", body, idempotencyKey: "consult-1");
        var second = await Post($"/api/cases/{id}/consultations", body, idempotencyKey: "consult-1");

        Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, second.StatusCode);
        Assert.Equal("\"2\"", second.Headers.ETag?.Tag);
        Assert.Equal(2, await EventCount(id));
    }

    [Fact]
    public async Task eight_duplicates_at_once_get_the_same_answer_and_create_one_case()
    {
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var dossier = Dossier();
        var duplicates = Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            await start.Task;
            return await Post("/api/cases", dossier, idempotencyKey: "burst");
        })).ToArray();
        start.SetResult();
        var responses = await Task.WhenAll(duplicates);

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        Assert.Single(responses.Select(r => r.Headers.Location).Distinct());
        Assert.Single(await Task.WhenAll(responses.Select(r => r.Content.ReadAsStringAsync())).ContinueWith(t => t.Result.Distinct().ToArray()));
        Assert.Equal(7, responses.Count(r => r.Headers.Contains("Idempotent-Replayed")));
        Assert.Equal(1, await EventCount());
    }

    [Fact]
    public async Task the_same_key_with_another_body_is_422_and_changes_nothing()
    {
        await Post("/api/cases", Dossier(), idempotencyKey: "reused");
        var response = await Post("/api/cases", Dossier(projectManager: "pm.other"), idempotencyKey: "reused");
        await Problem(response, HttpStatusCode.UnprocessableEntity);
        Assert.Equal(1, await EventCount());
    }

    [Fact]
    public async Task the_same_key_on_another_path_is_422()
    {
        var id = await Client(ProjectManager).PrepareCase();
        await Post($"/api/cases/{id}/consultations", new { heldOn = AnnouncedOn, party = "Union" }, idempotencyKey: "path");
        var response = await Post($"/api/cases/{id}/twc-meetings", new { heldOn = AnnouncedOn }, idempotencyKey: "path");
        await Problem(response, HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task a_refused_request_stores_nothing_so_a_corrected_state_can_accept_the_repeat()
    {
        var id = await Client(ProjectManager).PrepareCase();
        var meeting = new { heldOn = FirstMeetingOn };
        var refused = await Post($"/api/cases/{id}/works-council-meetings", meeting, idempotencyKey: "meeting");
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        await Client(ProjectManager).Run(id, 1);
        var accepted = await Post($"/api/cases/{id}/works-council-meetings", meeting, idempotencyKey: "meeting");
        Assert.Equal(HttpStatusCode.NoContent, accepted.StatusCode);
    }

    [Fact]
    public async Task keys_belong_to_their_caller()
    {
        var other = AppFixture.Token("ProjectManager", "pm.other");
        var mine = await Post("/api/cases", Dossier(), idempotencyKey: "shared-key");
        var theirs = await Post("/api/cases", Dossier(), token: other, idempotencyKey: "shared-key");
        Assert.Equal(HttpStatusCode.Created, theirs.StatusCode);
        Assert.NotEqual(mine.Headers.Location, theirs.Headers.Location);
    }

    [Fact]
    public async Task an_overlong_key_is_400_and_creates_nothing()
    {
        var response = await Post("/api/cases", Dossier(), idempotencyKey: new string('k', 256));
        await Problem(response, HttpStatusCode.BadRequest);
        Assert.Equal(0, await EventCount());
    }
}
