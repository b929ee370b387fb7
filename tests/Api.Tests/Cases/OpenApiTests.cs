using System.Text.Json;
using CollectiveDismissal.Api.Tests.Fixtures;

namespace CollectiveDismissal.Api.Tests.Cases;

public class OpenApiTests(AppFixture fixture) : IntegrationContext(fixture)
{
    private async Task<JsonElement> Document()
    {
        var response = await Client().GetAsync("/swagger/v1/swagger.json");
        response.EnsureSuccessStatusCode();
        return JsonSerializer.Deserialize<JsonElement>(await response.Content.ReadAsStringAsync());
    }

    private static readonly string[] CommandPaths =
    [
        "/api/cases/{caseId}/intention", "/api/cases/{caseId}/works-council-meetings", "/api/cases/{caseId}/consultation-closure",
        "/api/cases/{caseId}/notification", "/api/cases/{caseId}/waiting-period-extension", "/api/cases/{caseId}/employment-cell",
        "/api/cases/{caseId}/twc-meetings", "/api/cases/{caseId}/consultations", "/api/cases/{caseId}/information-sessions",
        "/api/cases/{caseId}/closure", "/api/cases/{caseId}/participants/{participantId}/outplacement-decision",
        "/api/cases/{caseId}/participants/{participantId}/intake", "/api/cases/{caseId}/participants/{participantId}/guidance-sessions",
        "/api/cases/{caseId}/participants/{participantId}/trajectory-extensions", "/api/cases/{caseId}/participants/{participantId}/jobs",
        "/api/cases/{caseId}/participants/{participantId}/aftercare-closure", "/api/cases/{caseId}/participants/{participantId}/departure",
        "/api/cases/{caseId}/participants/{participantId}/job-seeker-registration",
        "/api/cases/{caseId}/participants/{participantId}/coach",
        "/api/cases/{caseId}/participants/{participantId}/aftercare-contacts"
    ];

    [Fact]
    public async Task participant_enrolment_import_and_erasure_are_documented()
    {
        var doc = await Document();
        var paths = doc.GetProperty("paths");
        var enrol = paths.GetProperty("/api/cases/{caseId}/participants").GetProperty("post");
        Assert.True(enrol.GetProperty("responses").TryGetProperty("201", out _));
        var person = Resolve(doc, Resolve(doc, enrol.GetProperty("requestBody").GetProperty("content").GetProperty("application/json")
            .GetProperty("schema")).GetProperty("properties").GetProperty("person"));
        Assert.Contains("nationalRegisterNumber", person.GetProperty("required").EnumerateArray().Select(e => e.GetString()));

        var import = paths.GetProperty("/api/cases/{caseId}/participants/import").GetProperty("post");
        var csv = import.GetProperty("requestBody").GetProperty("content").GetProperty("text/csv");
        Assert.StartsWith("personnelReference;name;nationalRegisterNumber", csv.GetProperty("example").GetString());
        Assert.Contains("enrolledOn", import.GetProperty("requestBody").GetProperty("description").GetString());
        Assert.True(import.GetProperty("responses").TryGetProperty("201", out _));

        var erase = paths.GetProperty("/api/cases/{caseId}/participants/{participantId}/personal-data").GetProperty("delete");
        Assert.True(new[] { "204", "401", "403", "404" }.All(s => erase.GetProperty("responses").TryGetProperty(s, out _)));
        Assert.True(paths.GetProperty("/api/cases/{caseId}/participants/{participantId}").GetProperty("get")
            .GetProperty("responses").TryGetProperty("200", out _));
    }

    [Fact]
    public async Task every_command_documents_its_body_its_statuses_and_an_example()
    {
        var doc = await Document();
        foreach (var path in CommandPaths.Prepend("/api/cases"))
        {
            var post = doc.GetProperty("paths").GetProperty(path).GetProperty("post");
            var content = post.GetProperty("requestBody").GetProperty("content").GetProperty("application/json");
            Assert.True(content.TryGetProperty("example", out _), $"{path} has no example");
            var schema = Resolve(doc, content.GetProperty("schema"));
            Assert.True(schema.GetProperty("required").GetArrayLength() > 0, $"{path} names no required field");
            var statuses = post.GetProperty("responses").EnumerateObject().Select(r => r.Name).ToHashSet();
            // The commands that record an entry a correction can name answer its id.
            var createsEntry = path.EndsWith("/guidance-sessions") || path.EndsWith("/trajectory-extensions") || path.EndsWith("/jobs")
                               || path.EndsWith("/departure");
            var expected = path == "/api/cases"
                ? new[] { "201", "400", "401", "403", "415", "422" }
                : [createsEntry ? "201" : "204", "400", "401", "403", "404", "409", "412", "415", "422"];
            Assert.True(expected.All(statuses.Contains), $"{path}: {string.Join(",", statuses)}");
            Assert.DoesNotContain("200", statuses);
        }
    }

    [Fact]
    public async Task every_operation_documents_503_with_Retry_After()
    {
        var doc = await Document();
        var operations = doc.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(op => (Name: $"{op.Name} {path.Name}", Operation: op.Value))).ToList();
        Assert.NotEmpty(operations);
        foreach (var (name, operation) in operations)
        {
            Assert.True(operation.GetProperty("responses").TryGetProperty("503", out var unavailable), $"{name} has no 503");
            Assert.True(unavailable.GetProperty("headers").TryGetProperty("Retry-After", out _), $"{name}: 503 without Retry-After");
        }
    }

    [Fact]
    public async Task no_example_is_dated_after_today_so_try_it_out_is_not_refused_for_a_future_date()
    {
        // The service refuses a fact dated after today. The test host's clock is fixed in 2030, Swagger UI's is the real
        // one: the examples are judged against the real date, a day that only moves on.
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var doc = await Document();
        var examples = new List<(string Where, string Text)>();
        void Collect(JsonElement node, string where)
        {
            if (node.ValueKind == JsonValueKind.Object)
                foreach (var p in node.EnumerateObject())
                    if (p.Name == "example") examples.Add((where, p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : p.Value.GetRawText()));
                    else Collect(p.Value, where + "/" + p.Name);
            else if (node.ValueKind == JsonValueKind.Array)
                foreach (var item in node.EnumerateArray()) Collect(item, where);
        }
        Collect(doc, "");
        var dates = examples.SelectMany(e => System.Text.RegularExpressions.Regex.Matches(e.Text, @"(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)")
            .Select(m => (e.Where, Date: DateOnly.ParseExact(m.Value, "yyyy-MM-dd")))).ToList();
        Assert.True(dates.Count >= 40, $"only {dates.Count} dates in the examples");
        var future = dates.Where(d => d.Date > today).Select(d => $"{d.Where}: {d.Date:yyyy-MM-dd}").ToList();
        Assert.True(future.Count == 0, string.Join("\n", future));
    }

    [Fact]
    public async Task required_fields_follow_the_contract()
    {
        var doc = await Document();
        var schema = Resolve(doc, doc.GetProperty("paths").GetProperty("/api/cases/{caseId}/works-council-meetings")
            .GetProperty("post").GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema"));
        Assert.Equal(["heldOn"], schema.GetProperty("required").EnumerateArray().Select(e => e.GetString()!).ToArray());
        var heldOn = schema.GetProperty("properties").GetProperty("heldOn");
        Assert.Equal("date", heldOn.GetProperty("format").GetString());
    }

    [Fact]
    public async Task enums_are_strings()
    {
        var doc = await Document();
        var region = doc.GetProperty("components").GetProperty("schemas").GetProperty("Region");
        Assert.Equal("string", region.GetProperty("type").GetString());
        Assert.Contains("GermanSpeaking", region.GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task reads_document_their_answers()
    {
        var doc = await Document();
        var get = doc.GetProperty("paths").GetProperty("/api/cases/{caseId}").GetProperty("get");
        var statuses = get.GetProperty("responses").EnumerateObject().Select(r => r.Name).ToHashSet();
        Assert.True(new[] { "200", "304", "400", "401", "403", "404" }.All(statuses.Contains), string.Join(",", statuses));
        Assert.True(get.GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/json")
            .TryGetProperty("example", out _));
        Assert.True(doc.GetProperty("components").GetProperty("securitySchemes").TryGetProperty("Bearer", out _));
    }

    private static JsonElement Resolve(JsonElement doc, JsonElement schema) =>
        schema.TryGetProperty("$ref", out var reference)
            ? doc.GetProperty("components").GetProperty("schemas").GetProperty(reference.GetString()!.Split('/').Last())
            : schema;
}
