using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CollectiveDismissal.Api.Participants.Enrolment;
using CollectiveDismissal.Api.Tests.Fixtures;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Xunit.Abstractions;
using static CollectiveDismissal.Api.Tests.Hostile.HostileCorpus;

namespace CollectiveDismissal.Api.Tests.Hostile;

/// <summary>
/// Generated from the OpenAPI document: every route, every path and query parameter, the headers the service reads,
/// every field of every JSON body (nested objects and arrays walked, one field changed at a time from the documented
/// example) and every column and the header of the CSV import, each sent the values of <see cref="HostileCorpus"/>.
/// It asserts: never a 5xx, never a hang, the database unchanged by a refusal, no answer echoing the input of a
/// refusal, no personal data sent in any answer nor in the API's or PostgreSQL's log, and the precise answer some
/// classes must get (an all-zero or unknown id is 404, text PostgreSQL cannot store is a 400 field error, …).
/// One list of every offending request is printed, grouped, naming only classes, never the values sent.
/// </summary>
public class HostileInputTests(AppFixture fixture, ITestOutputHelper output) : IntegrationContext(fixture)
{
    /// <summary>Beyond any sane body-size limit for a command's JSON, and for the CSV import (larger).</summary>
    private const int JsonOversize = 8 << 20;
    private const int CsvOversize = 32 << 20;
    /// <summary>Collections and strings beyond any sane maximum, used where the document declares none.</summary>
    private const int HugeCollection = 10_001;
    private static readonly TimeSpan PerRequest = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(60);
    private static readonly string Dpo = AppFixture.Token("DataProtectionOfficer", "dpo.tests");

    /// <summary>The documented examples' case is announced on 2025-01-04, the scenarios' on 2027-01-04.</summary>
    private const int ExamplesYearsBack = 2;

    private const string Slot = "__HOSTILE_SLOT__";
    private const string NameSlot = "__HOSTILE_NAME__";

    private sealed record Op(string Method, string Route, JsonElement Operation)
    {
        public int Order => Route.EndsWith("/cancellation") ? 7 : Route.EndsWith("/reopening") ? 6
            : Route.EndsWith("/personal-data") ? 5 : Route.EndsWith("/closure") ? 4 : Route.EndsWith("/departure") ? 3
            : Route.EndsWith("/aftercare-closure") ? 2 : Method == "GET" ? 0 : 1;
    }

    private sealed record Group(string Kind, string Request, string Location, string Class)
    {
        public int Count;
        public string Example = "";
    }

    private readonly Dictionary<string, Group> _failures = new();
    private readonly Dictionary<string, int> _statuses = new();
    private HttpClient _client = null!;
    private HttpClient _dpoClient = null!;
    private HttpClient _partnerClient = null!;
    private string _fingerprintSql = "";
    private string _fingerprint = "";
    private int _requests;
    private int _unsendable;
    private int _belowConfiguredLevel;
    private int _unique = 2;
    private JsonElement _doc;

    [Fact]
    public async Task no_hostile_input_gives_a_5xx_a_hang_a_change_on_refusal_or_a_leak()
    {
        var clock = Stopwatch.StartNew();
        var pgLog = await Fixture.PostgresLogFromNow();
        Assert.True(pgLog is not null || AppFixture.PostgresLogUnavailable is not null,
            "PostgreSQL's server log is unknown: run ./deploy/test.sh (it exports TEST_POSTGRES_LOG), or let the tests start a " +
            "Testcontainers PostgreSQL, or set TEST_POSTGRES_LOG to the server's log file; TEST_POSTGRES_LOG=off skips that search.");

        _client = Client(ProjectManager);
        _client.Timeout = Timeout.InfiniteTimeSpan;
        _dpoClient = Client(Dpo);
        _dpoClient.Timeout = Timeout.InfiniteTimeSpan;
        _partnerClient = Client(PartnerScenarios.Token("vdab"));
        _partnerClient.Timeout = Timeout.InfiniteTimeSpan;
        // The examples tell the API guide's case, two years before the scenarios' (see CaseScenarios.ProcedureYearsBack):
        // the case, its participant and her session are dated as they are, so the baselines are judged on their own.
        var caseId = await _client.OpenCase(ExamplesYearsBack);
        var enrolledOn = ParticipantScenarios.EnrolledOn.AddYears(-ExamplesYearsBack);
        var participantId = await _client.Enrol(caseId, ParticipantScenarios.Enrolment("E-1",
            ParticipantScenarios.YoungerBirthDate.AddYears(-ExamplesYearsBack),
            dismissedOn: ParticipantScenarios.DismissedOn.AddYears(-ExamplesYearsBack), enrolledOn: enrolledOn));
        await _client.Accept(caseId, participantId, enrolledOn);
        var sessionId = await _client.Session(caseId, participantId, enrolledOn.AddDays(1), 3);
        _doc = JsonSerializer.Deserialize<JsonElement>(await _client.GetStringAsync("/swagger/v1/swagger.json"));
        await PrepareFingerprint();
        var setup = clock.Elapsed;

        var ops = _doc.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Select(m => new Op(m.Name.ToUpperInvariant(), p.Name, m.Value)))
            .OrderBy(o => o.Order).ThenBy(o => o.Route).ToList();
        Assert.True(ops.Count >= 25, $"only {ops.Count} operations in the document");
        DocumentedMaxima();

        Fixture.Logs.Start();
        try
        {
            foreach (var op in ops)
            {
                string Url(string? caseValue = null, string? participantValue = null) => op.Route
                    .Replace("{caseId}", caseValue ?? caseId.ToString()).Replace("{participantId}", participantValue ?? participantId.ToString())
                    .Replace("{service}", "vdab").Replace("{messageId}", "vdab-2025-000124")
                    .Replace("{sessionId}", sessionId.ToString()).Replace("{jobId}", Guid.NewGuid().ToString())
                    .Replace("{extensionId}", Guid.NewGuid().ToString()).Replace("{departureId}", Guid.NewGuid().ToString())
                    + BaselineQuery(op);
                await Probe(op, "baseline", new Hostile("documented-example", "", Expect.NoServerError), Url(), () => Body(op, null));
                await PathParameters(op, Url);
                await QueryParameters(op, Url());
                await Headers(op, Url());
                if (op.Method == "POST" && IsCsv(op)) await Csv(op, Url());
                else if (op.Method == "POST" && op.Operation.TryGetProperty("requestBody", out _)) await JsonBody(op, Url());
            }
        }
        finally
        {
            Fixture.Logs.Stop();
        }

        // Framework lines below the level the service configures for Microsoft.AspNetCore (the routing's Debug lines
        // quote the path) are never written by the service; they are counted, not judged.
        var configuration = Host.Services.GetRequiredService<IConfiguration>();
        var frameworkLevel = configuration["Logging:LogLevel:Microsoft.AspNetCore"] ?? configuration["Logging:LogLevel:Default"] ?? "Information";
        foreach (var line in Fixture.Logs.Lines)
            if (line.StartsWith("Debug Microsoft.AspNetCore.") || line.StartsWith("Trace Microsoft.AspNetCore."))
            {
                if (frameworkLevel is "Information" or "Warning" or "Error" or "Critical" or "None") _belowConfiguredLevel++;
                else foreach (var cls in NeedlesIn(line)) Fail("personal data in the API's log", "-", line.Split(':')[0], cls, Redact(line));
            }
            else foreach (var cls in NeedlesIn(line))
                Fail("personal data in the API's log", "-", line.Split(':')[0], cls, Redact(line));
        if (pgLog is not null) SearchPostgresLog(await pgLog());
        else output.WriteLine(AppFixture.PostgresLogUnavailable);

        var elapsed = clock.Elapsed;
        if (elapsed > Budget) Fail("over the time budget", "-", "-", "-", $"{elapsed.TotalSeconds:0.0} s > {Budget.TotalSeconds} s");
        var report = Report(elapsed, setup);
        output.WriteLine(report);
        await File.WriteAllTextAsync(Path.Combine(AppContext.BaseDirectory, "hostile-input-report.txt"), report);
        Assert.True(_failures.Count == 0, report);
    }

    // ---- What is sent ---------------------------------------------------------------------------------------------

    private static bool IsCsv(Op op) =>
        op.Operation.TryGetProperty("requestBody", out var body) && body.GetProperty("content").TryGetProperty("text/csv", out _);

    private static JsonElement? Example(Op op) =>
        op.Operation.TryGetProperty("requestBody", out var body) && body.GetProperty("content").TryGetProperty("application/json", out var json)
        && json.TryGetProperty("example", out var example) ? example : null;

    /// <summary>Required query parameters get a plain good value, so the baseline is a good request.</summary>
    private static string BaselineQuery(Op op)
    {
        var parts = Parameters(op, "query").Where(p => p.TryGetProperty("required", out var r) && r.GetBoolean())
            .Select(p => $"{p.GetProperty("name").GetString()}={GoodValue(p)}").ToList();
        return parts.Count == 0 ? "" : "?" + string.Join("&", parts);
    }

    private static string GoodValue(JsonElement parameter)
    {
        var schema = parameter.GetProperty("schema");
        var format = schema.TryGetProperty("format", out var f) ? f.GetString() : null;
        var type = schema.TryGetProperty("type", out var t) ? t.GetString() : null;
        return format == "date" ? "2025-06-01" : type is "integer" or "number" ? "1" : "x";
    }

    private static IEnumerable<JsonElement> Parameters(Op op, string location) =>
        op.Operation.TryGetProperty("parameters", out var ps)
            ? ps.EnumerateArray().Where(p => p.GetProperty("in").GetString() == location)
            : [];

    /// <summary>The documented example, made unique where a repeat would be refused for the repeat alone (an enrolment).</summary>
    private HttpContent? Body(Op op, Func<JsonNode, string>? mutate)
    {
        if (op.Method != "POST") return null;
        if (IsCsv(op)) return CsvContent(CsvRows(null, null));
        var example = Example(op);
        if (example is null) return null;
        var root = JsonNode.Parse(example.Value.GetRawText())!;
        Freshen(op, root);
        var text = mutate is null ? root.ToJsonString() : mutate(root);
        return new StringContent(text, Encoding.UTF8, "application/json");
    }

    private void Freshen(Op op, JsonNode root)
    {
        if (op.Route != "/api/cases/{caseId}/participants") return;
        var n = _unique++;
        root["personnelReference"] = $"H-{n}";
        var born = DateOnly.Parse(root["person"]!["birthDate"]!.GetValue<string>());
        root["person"]!["nationalRegisterNumber"] = ParticipantScenarios.Insz(born, 2 + n % 990);
    }

    private async Task PathParameters(Op op, Func<string?, string?, string> url)
    {
        Hostile[] values =
        [
            new("all-zero-id", Guid.Empty.ToString(), Expect.NotFound), new("unknown-id", Guid.NewGuid().ToString(), Expect.NotFound),
            new("not-a-guid", Mark, Expect.Refused), new("nul", Mark + "%00", Expect.Refused),
            new("utf8-surrogate", Mark + "%ED%A0%80", Expect.Refused), new("long", Mark + new string('x', 3000), Expect.Refused),
            new("pd-nrn", PdNrn, Expect.Refused),
        ];
        foreach (var name in new[] { "caseId", "participantId" }.Where(n => op.Route.Contains("{" + n + "}")))
            foreach (var value in values)
                await Probe(op, $"path: {name}", value,
                    name == "caseId" ? url(value.Text, null) : url(null, value.Text), () => Body(op, null), field: name);
    }

    private async Task QueryParameters(Op op, string url)
    {
        var now = DateTimeOffset.UtcNow.AddMinutes(5);
        string Offset(DateTimeOffset at, TimeSpan offset) => Uri.EscapeDataString(at.ToOffset(offset).ToString("yyyy-MM-ddTHH:mm:sszzz"));
        foreach (var parameter in Parameters(op, "query"))
        {
            var name = parameter.GetProperty("name").GetString()!;
            var schema = parameter.GetProperty("schema");
            var format = schema.TryGetProperty("format", out var f) ? f.GetString() : null;
            var timestamp = format is "date-time";
            var date = format is "date" or "date-time";
            var values = new List<Hostile>
            {
                // A percent-encoded surrogate is not UTF-8: ASP.NET decodes it to U+FFFD, which is stored like any letter.
                new("nul", Mark + "%00", Expect.FieldError), new("utf8-surrogate", Mark + "%ED%A0%80", Expect.NoServerError),
                new("control-chars", Mark + "%01%1B%7F", Expect.NoServerError), new("invalid-utf8", Mark + "%FF%FE", Expect.NoServerError),
                new("huge-number", "99999999999999999999", Expect.NoServerError), new("int-max+1", "2147483648", Expect.NoServerError),
                new("int-max", "2147483647", Expect.NoServerError), new("negative", "-1", Expect.NoServerError), new("zero", "0", Expect.NoServerError),
                new("nan", "NaN", Expect.NoServerError), new("infinity", "Infinity", Expect.NoServerError), new("1e309", "1e309", Expect.NoServerError),
                new("long-string", Mark + new string('x', 20_000), Expect.NoServerError), new("empty", "", Expect.NoServerError),
                new("pd-name", Uri.EscapeDataString(PdName), Expect.NoServerError), new("pd-nrn", PdNrn, Expect.NoServerError),
                new("pd-email", Uri.EscapeDataString(PdEmail), Expect.NoServerError),
                new("far-past-date", "0001-01-01", date ? Expect.FieldError : Expect.NoServerError),
                new("far-future-date", "9999-12-31", date ? Expect.FieldError : Expect.NoServerError),
                new("far-past-timestamp", "0001-01-01T00:00:00Z", date ? Expect.FieldError : Expect.NoServerError),
                new("far-future-timestamp", "9999-12-31T23:59:59Z", date ? Expect.FieldError : Expect.NoServerError),
                new("offset-underflows-utc", Uri.EscapeDataString("0001-01-01T00:30:00+01:00"), date ? Expect.FieldError : Expect.NoServerError),
                new("offset-overflows-utc", Uri.EscapeDataString("9999-12-31T23:30:00-01:00"), date ? Expect.FieldError : Expect.NoServerError),
                new("offset-plus-01", Offset(now, TimeSpan.FromHours(1)), timestamp ? Expect.Fine : Expect.NoServerError),
                new("offset-plus-14", Offset(now, TimeSpan.FromHours(14)), timestamp ? Expect.Fine : Expect.NoServerError),
                new("offset-minus-1130", Offset(now, new TimeSpan(-11, -30, 0)), timestamp ? Expect.Fine : Expect.NoServerError),
                new("offset-past-plus-01", Uri.EscapeDataString("2026-11-29T12:00:00+01:00"), timestamp ? Expect.Fine : Expect.NoServerError),
                new("utc-z", Uri.EscapeDataString(now.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ")), timestamp ? Expect.Fine : Expect.NoServerError),
                new("offset-unescaped-plus", now.ToOffset(TimeSpan.FromHours(1)).ToString("yyyy-MM-ddTHH:mm:sszzz"), Expect.NoServerError),
            };
            var separator = url.Contains('?') ? "&" : "?";
            foreach (var value in values)
                await Probe(op, $"query: {name}", value, $"{url}{separator}{name}={value.Text}", () => Body(op, null), field: name);
            await Probe(op, $"query: {name}", new Hostile("repeated", "", Expect.NoServerError),
                $"{url}{separator}{name}=1&{name}=2&{name}={Mark}", () => Body(op, null));
        }
    }

    private async Task Headers(Op op, string url)
    {
        var names = new List<string> { "X-Correlation-Id" };
        if (op.Method == "POST") names.AddRange(["Idempotency-Key", "If-Match"]);
        if (op.Method == "DELETE") names.Add("If-Match");
        if (op.Method == "GET" && (op.Route == "/api/cases/{caseId}" || op.Route.EndsWith("/report"))) names.Add("If-None-Match");
        if (op.Method == "GET" && op.Route.Contains("/report")) names.Add("Accept-Language");
        // The headers whose value is stored or decides the answer refuse text PostgreSQL cannot store; the others
        // (X-Correlation-Id, If-None-Match, Accept-Language, If-Match on a new case) ignore a value they cannot use.
        Expect Unstorable(string name) =>
            name == "Idempotency-Key" || (name == "If-Match" && op.Route.Contains("{caseId}")) ? Expect.FieldError : Expect.NoServerError;
        foreach (var name in names)
            foreach (var value in HeaderValues(name))
                await Probe(op, $"header: {name}", value, url, () => Body(op, null), field: name,
                    headers: r =>
                    {
                        if (!r.Headers.TryAddWithoutValidation(name, value.Text)) r.Content?.Headers.TryAddWithoutValidation(name, value.Text);
                    });

        Hostile[] HeaderValues(string name) =>
        [
            new("nul", Mark + "\u0000", Unstorable(name)), new("lone-surrogate", Mark + "\uD800", Unstorable(name)),
            new("crlf-injection", Mark + "\r\nX-Injected: 1", Expect.NoServerError), new("control-chars", Mark + "\u0001\u001b", Expect.NoServerError),
            new("non-ascii", Mark + "é€", Expect.NoServerError), new("long", Mark + new string('x', 10_000), Expect.NoServerError),
            new("pd-nrn", PdNrn, Expect.NoServerError), new("pd-email", PdEmail, Expect.NoServerError), new("empty", "", Expect.NoServerError),
            new("star", "*", Expect.NoServerError), new("weak-etag", "W/\"1\"", Expect.NoServerError),
            new("negative-version", "\"-1\"", Expect.NoServerError), new("huge-version", "\"99999999999999999999\"", Expect.NoServerError),
            new("etag-list", "\"1\", \"2\"", Expect.NoServerError),
        ];
    }

    // ---- JSON bodies ------------------------------------------------------------------------------------------------

    private async Task JsonBody(Op op, string url)
    {
        var example = Example(op);
        if (example is null)
        {
            Fail("no documented example to start from", $"{op.Method} {op.Route}", "body", "-", "");
            return;
        }
        var schema = op.Operation.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema");
        await Walk(op, url, JsonNode.Parse(example.Value.GetRawText()), [], Resolve(schema));

        var padded = new Hostile("oversized-body", "", Expect.TooLarge);
        await Probe(op, "body", padded, url, () =>
        {
            var text = example.Value.GetRawText();
            return new StringContent(text[..^1] + new string(' ', JsonOversize) + "}", Encoding.UTF8, "application/json");
        });
    }

    /// <summary>Every field of the example, one at a time: its value replaced by each hostile value; each object given PD member names.</summary>
    private async Task Walk(Op op, string url, JsonNode? node, List<object> path, JsonElement? schema)
    {
        var where = path.Count == 0 ? "(root)" : string.Join(".", path.Select(s => s is int i ? $"[{i}]" : s.ToString())).Replace(".[", "[");
        var field = path.LastOrDefault(s => s is string) as string;
        switch (node)
        {
            case JsonObject obj:
                foreach (var name in PersonalNames)
                    await Probe(op, $"body: member name in {where}", name, url, () => Body(op, root =>
                    {
                        At(root, path)!.AsObject()[NameSlot] = 1;
                        return root.ToJsonString().Replace(JsonString(NameSlot), JsonString(name.Text));
                    }));
                foreach (var (name, child) in obj.ToList())
                    await Walk(op, url, child, [.. path, name], Property(schema, name));
                break;
            case JsonArray array:
                var maxItems = schema is { } s && s.TryGetProperty("maxItems", out var m) ? m.GetInt32() : (int?)null;
                var item = array.Count > 0 ? array[0]!.ToJsonString() : "\"x\"";
                var count = (maxItems ?? HugeCollection - 1) + 1;
                var huge = "[" + string.Join(",", Enumerable.Repeat(item, count)) + "]";
                await Replace(op, url, path, where, field, new Hostile(maxItems is null ? "huge-collection-no-maxItems" : "over-maxItems", "", Expect.TooBig), huge);
                await Replace(op, url, path, where, field, new Hostile("null-item", "", Expect.NoServerError), "[null]");
                await Replace(op, url, path, where, field, new Hostile("null", "", Expect.NoServerError), "null");
                if (array.Count > 0)
                    await Walk(op, url, array[0], [.. path, 0], schema is { } a && a.TryGetProperty("items", out var items) ? Resolve(items) : null);
                break;
            default:
                var kind = node?.GetValueKind() ?? JsonValueKind.Null;
                var format = schema is { } fs && fs.TryGetProperty("format", out var fmt) ? fmt.GetString() : null;
                var maxLength = schema is { } ls && ls.TryGetProperty("maxLength", out var ml) ? ml.GetInt32() : (int?)null;
                IEnumerable<Hostile> values = kind switch
                {
                    JsonValueKind.Number => Numbers,
                    JsonValueKind.String when format is "date" or "date-time" => [.. Dates, .. Strings(maxLength).Take(3)],
                    JsonValueKind.True or JsonValueKind.False => [],
                    _ => Strings(maxLength)
                };
                foreach (var value in values)
                    await Replace(op, url, path, where, field, value, kind == JsonValueKind.Number ? value.Text : JsonString(value.Text));
                if (kind != JsonValueKind.Null) await Replace(op, url, path, where, field, new Hostile("null", "", Expect.NoServerError), "null");
                break;
        }
    }

    private Task Replace(Op op, string url, List<object> path, string where, string? field, Hostile value, string rawJson) =>
        Probe(op, $"body: {where}", value, url, () => Body(op, root =>
        {
            var parent = At(root, path[..^1])!;
            if (path[^1] is int i) parent.AsArray()[i] = Slot;
            else parent.AsObject()[(string)path[^1]] = Slot;
            return root.ToJsonString().Replace(JsonString(Slot), rawJson);
        }), field: field);

    private static JsonNode? At(JsonNode root, IEnumerable<object> path) =>
        path.Aggregate<object, JsonNode?>(root, (node, s) => s is int i ? node![i] : node![(string)s]);

    private JsonElement Resolve(JsonElement schema)
    {
        if (schema.TryGetProperty("$ref", out var reference))
            return _doc.GetProperty("components").GetProperty("schemas").GetProperty(reference.GetString()!.Split('/').Last());
        if (schema.TryGetProperty("allOf", out var all) && all.GetArrayLength() == 1) return Resolve(all[0]);
        return schema;
    }

    private JsonElement? Property(JsonElement? schema, string name) =>
        schema is { } s && s.TryGetProperty("properties", out var ps) && ps.TryGetProperty(name, out var p) ? Resolve(p) : null;

    /// <summary>Strings and collections in request bodies must have documented maxima.</summary>
    private void DocumentedMaxima()
    {
        var requests = _doc.GetProperty("paths").EnumerateObject().SelectMany(p => p.Value.EnumerateObject())
            .Where(m => m.Value.TryGetProperty("requestBody", out _))
            .SelectMany(m => m.Value.GetProperty("requestBody").GetProperty("content").EnumerateObject())
            .Where(c => c.Name == "application/json")
            .Select(c => c.Value.GetProperty("schema").GetProperty("$ref").GetString()!.Split('/').Last()).ToHashSet();
        var seen = new HashSet<string>();
        var pending = new Queue<string>(requests);
        var schemas = _doc.GetProperty("components").GetProperty("schemas");
        while (pending.TryDequeue(out var name))
        {
            if (!seen.Add(name) || !schemas.TryGetProperty(name, out var schema) || !schema.TryGetProperty("properties", out var properties)) continue;
            foreach (var property in properties.EnumerateObject())
            {
                var p = property.Value;
                if (p.TryGetProperty("$ref", out var r)) { pending.Enqueue(r.GetString()!.Split('/').Last()); continue; }
                var type = p.TryGetProperty("type", out var t) ? t.GetString() : null;
                if (type == "array")
                {
                    if (!p.TryGetProperty("maxItems", out _)) Fail("no maxItems in the document", "schema " + name, property.Name, "-", "");
                    if (p.GetProperty("items").TryGetProperty("$ref", out var ir)) pending.Enqueue(ir.GetString()!.Split('/').Last());
                    else if (p.GetProperty("items").TryGetProperty("type", out var it) && it.GetString() == "string" && !p.GetProperty("items").TryGetProperty("maxLength", out _))
                        Fail("no maxLength in the document", "schema " + name, property.Name + "[]", "-", "");
                }
                else if (type == "string" && !p.TryGetProperty("format", out _) && !p.TryGetProperty("enum", out _) && !p.TryGetProperty("maxLength", out _))
                    Fail("no maxLength in the document", "schema " + name, property.Name, "-", "");
            }
        }
    }

    // ---- CSV --------------------------------------------------------------------------------------------------------

    private static readonly string[] ExampleLines = ParticipantCsv.Example.TrimEnd('\n').Split('\n');

    /// <summary>The documented example's header and row, the row made unique; a column given a value, or the header replaced.</summary>
    private string CsvRows(string? column, string? value, string? header = null)
    {
        var columns = ExampleLines[0].Split(';');
        var row = ExampleLines[1].Split(';');
        var n = _unique++;
        row[Array.IndexOf(columns, "personnelReference")] = $"H-{n}";
        row[Array.IndexOf(columns, "nationalRegisterNumber")] = ParticipantScenarios.Insz(DateOnly.Parse(row[Array.IndexOf(columns, "birthDate")]), 2 + n % 990);
        if (column is not null) row[Array.IndexOf(columns, column)] = value!;
        return (header ?? ExampleLines[0]) + "\n" + string.Join(";", row) + "\n";
    }

    private static HttpContent CsvContent(string text) => CsvContent(CsvBytes(text));

    private static HttpContent CsvContent(byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv") { CharSet = "utf-8" };
        return content;
    }

    private async Task Csv(Op op, string url)
    {
        var example = op.Operation.GetProperty("requestBody").GetProperty("content").GetProperty("text/csv").GetProperty("example").GetString();
        Assert.Equal(ParticipantCsv.Example, example);
        var columns = ExampleLines[0].Split(';');
        Assert.Equal(ParticipantCsv.Columns, columns);
        foreach (var column in columns)
        {
            // A lone surrogate cannot be written as UTF-8: the file as a whole is refused as not UTF-8.
            var values = Strings(null).Select(v => v.Class.StartsWith("lone-") ? v with { Expect = Expect.Refused } : v)
                .Append(new Hostile("unterminated-quote", "\"" + Mark, Expect.NoServerError))
                .Append(new Hostile("formula", "=HYPERLINK(\"http://x\")" + Mark, Expect.NoServerError))
                .Append(new Hostile("quoted-delimiters", $"\"{Mark};\n;\"\"\"", Expect.NoServerError));
            foreach (var value in values)
                await Probe(op, $"csv column: {column}", value, url, () => CsvContent(CsvRows(column, value.Text)), field: column);
        }

        var header = ExampleLines[0];
        var personRow = string.Join(";", "H-PD", PdName, PdNrn, PdBirthDate.ToString("yyyy-MM-dd"), PdEmail, PdPhone, "Female", "Indefinite",
            "BlueCollar", "Indemnity", "2025-04-03", "2025-04-03", "2025-04-05");
        var headerAttacks = new (Hostile Value, Func<string> Csv)[]
        {
            (new("pd-name-as-column", "", Expect.FieldError), () => CsvRows(null, null, header + ";" + PdName)),
            (new("pd-nrn-as-column", "", Expect.FieldError), () => CsvRows(null, null, header + ";" + PdNrn)),
            (new("pd-email-as-column", "", Expect.FieldError), () => CsvRows(null, null, header.Replace("email", PdEmail))),
            (new("no-header-line-pd-row-first", "", Expect.FieldError), () => personRow + "\n" + CsvRows(null, null).Split('\n')[1] + "\n"),
            (new("pd-row-refused", "", Expect.FieldError), () => header + "\n" + personRow.Replace("2025-04-05", "9999-12-31") + "\n"),
            (new("nul-in-column-name", "", Expect.FieldError), () => CsvRows(null, null, header.Replace("email", "em\u0000ail"))),
            (new("surrogate-in-column-name", "", Expect.FieldError), () => CsvRows(null, null, header.Replace("email", "em\uD800ail"))),
            (new("duplicate-column", "", Expect.NoServerError), () => CsvRows(null, null, header + ";name")),
            (new("bom-and-crlf", "", Expect.NoServerError), () => "\uFEFF" + CsvRows(null, null).Replace("\n", "\r\n")),
            (new("empty-file", "", Expect.Refused), () => ""),
            (new("header-only", "", Expect.NoServerError), () => header + "\n"),
            (new("delimiters-only", "", Expect.NoServerError), () => header + "\n;;;;;;;;;;;;\n;;;\n\n"),
            (new("unterminated-quote-to-end", "", Expect.NoServerError), () => header + "\n\"" + new string('x', 100_000)),
            (new("too-many-rows", "", Expect.TooBig), () => header + "\n" + string.Concat(Enumerable.Repeat("x;y;z\n", ParticipantCsv.MaxRows + 1))),
            (new("huge-column-count", "", Expect.Refused), () => header + new string(';', 100_000) + "\n"),
        };
        foreach (var (value, csv) in headerAttacks)
            await Probe(op, "csv header/file", value, url, () => CsvContent(csv()));
        await Probe(op, "csv body", new Hostile("oversized-body", "", Expect.TooLarge), url, () =>
        {
            var row = Encoding.UTF8.GetBytes(CsvRows(null, null).Split('\n')[1] + "\n");
            var bytes = new byte[CsvOversize + row.Length];
            var head = Encoding.UTF8.GetBytes(header + "\n");
            head.CopyTo(bytes, 0);
            for (var at = head.Length; at + row.Length <= bytes.Length; at += row.Length) row.CopyTo(bytes, at);
            return CsvContent(bytes);
        });
    }

    // ---- Sending and judging ----------------------------------------------------------------------------------------

    private async Task Probe(Op op, string location, Hostile value, string url, Func<HttpContent?> content,
        string? field = null, Action<HttpRequestMessage>? headers = null)
    {
        _requests++;
        var logged = Fixture.Logs.Lines.Count;
        var request = new HttpRequestMessage(new HttpMethod(op.Method), url);
        var target = $"{op.Method} {op.Route}";
        string text;
        int status;
        string answerHeaders;
        try
        {
            request.Content = content();
            headers?.Invoke(request);
            using var timeout = new CancellationTokenSource(PerRequest);
            var client = op.Route.EndsWith("/personal-data") ? _dpoClient
                : op.Route.StartsWith("/api/integrations/") ? _partnerClient : _client;
            using var response = await client.SendAsync(request, timeout.Token);
            text = await response.Content.ReadAsStringAsync(timeout.Token);
            status = (int)response.StatusCode;
            answerHeaders = string.Join("\n", response.Headers.Concat(response.Content.Headers).Select(h => $"{h.Key}: {string.Join(",", h.Value)}"));
        }
        catch (OperationCanceledException)
        {
            Fail("hang: no answer within 10 s", target, location, value.Class, "");
            _fingerprint = await Fingerprint();
            return;
        }
        catch (InvalidOperationException e) when (e.Message.Contains("null characters"))
        {
            // TestServer refuses to build a request whose path holds NUL (Kestrel would answer 400 itself).
            _unsendable++;
            return;
        }
        catch (Exception e)
        {
            Fail("exception instead of an answer", target, location, value.Class, Redact(e.GetType().Name + ": " + e.Message));
            _fingerprint = await Fingerprint();
            return;
        }
        finally
        {
            request.Dispose();
        }

        _statuses[$"{status}"] = _statuses.GetValueOrDefault($"{status}") + 1;
        if (location == "baseline") output.WriteLine($"baseline {target}: {status}");
        var snippet = $"{status} {Summary(text)}";
        var before = _fingerprint;
        _fingerprint = await Fingerprint();
        if (status >= 500) Fail("5xx", target, location, value.Class, $"{status} {Cause(logged)}");
        if (status >= 400 && before != _fingerprint)
            Fail(status >= 500 ? "database changed by a failed request (5xx)" : "database changed on a refusal", target, location, value.Class,
                $"{status}; changed: {string.Join(", ", before.Split(' ').Zip(_fingerprint.Split(' ')).Where(p => p.First != p.Second).Select(p => p.Second.Split(':')[0].Split('/')[0]))}");
        foreach (var cls in NeedlesIn(text + "\n" + answerHeaders)) Fail($"personal data ({cls}) in the answer", target, location, value.Class, snippet);
        // Personnel references are the employer's pseudonymous ids, quoted back by design ("already enrolled").
        if (status >= 400 && field != "personnelReference" && (text + answerHeaders).Contains(Mark, StringComparison.OrdinalIgnoreCase))
            Fail("input echoed in a refusal", target, location, value.Class, snippet);

        var wrong = value.Expect switch
        {
            Expect.FieldError when status != 400 => "expected a 400 field error",
            Expect.FieldError when field is not null && !NamesField(text, field) => "400, but no error names the field",
            Expect.TooBig when status is not (400 or 413) => "expected 400 or 413 (too long / too many)",
            Expect.TooLarge when status != 413 => "expected 413 (body too large)",
            Expect.Refused when status is < 400 or >= 500 => "expected a refusal (4xx)",
            Expect.NotFound when status != 404 => "expected 404",
            Expect.Fine when status is not (200 or 404) => "expected 200 (a good value)",
            _ => null
        };
        if (wrong is not null) Fail(wrong, target, location, value.Class, snippet);
    }

    /// <summary>A problem's title, detail and errors, or the start of another answer; redacted.</summary>
    private static string Summary(string text)
    {
        try
        {
            var problem = JsonSerializer.Deserialize<JsonElement>(text);
            if (problem.ValueKind == JsonValueKind.Object && problem.TryGetProperty("title", out var title))
                return Redact(string.Join(" ", new[]
                {
                    title.GetString(), problem.TryGetProperty("detail", out var d) ? d.GetString() : null,
                    problem.TryGetProperty("errors", out var e) ? e.GetRawText() : null
                }.Where(x => x is not null)), 140);
        }
        catch (JsonException)
        {
        }
        return Redact(text, 140);
    }

    /// <summary>The exception the host logged for a 5xx: its type and the start of its message, redacted.</summary>
    private string Cause(int logged)
    {
        var line = Fixture.Logs.Lines.Skip(logged).FirstOrDefault(l => l.StartsWith("Error") || l.StartsWith("Critical"));
        if (line is null) return "(no error logged)";
        // The exception itself closes the line: its type and message, innermost last.
        var match = System.Text.RegularExpressions.Regex.Matches(line, @"(\w+\.)*\w+Exception: [^\n]{0,140}").LastOrDefault();
        return Redact(match?.Value ?? line, 200);
    }

    /// <summary>A 400 names the field when an error's key or message, or the detail, names it.</summary>
    private static bool NamesField(string text, string field)
    {
        try
        {
            var problem = JsonSerializer.Deserialize<JsonElement>(text);
            if (problem.TryGetProperty("detail", out var detail) && detail.ValueKind == JsonValueKind.String
                && detail.GetString()!.Contains(field, StringComparison.OrdinalIgnoreCase)) return true;
            return problem.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Object
                   && errors.EnumerateObject().Any(e => e.Name.Contains(field, StringComparison.OrdinalIgnoreCase)
                       || e.Value.EnumerateArray().Any(m => m.GetString()?.Contains(field, StringComparison.OrdinalIgnoreCase) == true));
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private void Fail(string kind, string request, string location, string cls, string example)
    {
        var key = $"{kind}\u0001{request}\u0001{location}\u0001{cls}";
        if (!_failures.TryGetValue(key, out var group)) _failures[key] = group = new Group(kind, request, location, cls) { Example = example };
        group.Count++;
    }

    // ---- The database's fingerprint and PostgreSQL's log ----------------------------------------------------------------

    /// <summary>
    /// Events, streams and every inline document table (the async deadline board and Wolverine's own tables are left
    /// out: they change on their own): row counts and the newest change, one cheap query.
    /// </summary>
    private async Task PrepareFingerprint()
    {
        await using var connection = new NpgsqlConnection(Fixture.ConnectionString);
        await connection.OpenAsync();
        var parts = new List<string>
        {
            "(select 'mt_events:' || count(*) || '/' || coalesce(max(seq_id), 0) from cd.mt_events)",
            "(select 'mt_streams:' || count(*) || '/' || coalesce(sum(version), 0) from cd.mt_streams)"
        };
        // The deadline board's documents and the report deliveries change in the background (the async daemon; the
        // delivery attempts, which this host without report endpoints keeps retrying), whatever the requests do.
        await using (var list = new NpgsqlCommand(
            "select table_name from information_schema.tables where table_schema = 'cd' and table_name like 'mt_doc_%' " +
            "and table_name not like '%deadline%' and table_name <> 'mt_doc_delivery' order by table_name", connection))
        await using (var reader = await list.ExecuteReaderAsync())
            while (await reader.ReadAsync())
                parts.Add($"(select '{reader.GetString(0)}:' || count(*) || '/' || coalesce(max(mt_last_modified)::text, '') from cd.{reader.GetString(0)})");
        Assert.Contains(parts, p => p.Contains("mt_doc_participant"));
        Assert.Contains(parts, p => p.Contains("mt_doc_idempotentresponse"));
        _fingerprintSql = "select " + string.Join(" || ' ' || ", parts);
        _fingerprint = await Fingerprint();
    }

    private async Task<string> Fingerprint()
    {
        await using var connection = new NpgsqlConnection(Fixture.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(_fingerprintSql, connection);
        return (string)(await command.ExecuteScalarAsync())!;
    }

    private void SearchPostgresLog(string log)
    {
        var lines = log.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            foreach (var cls in NeedlesIn(line)) Fail("personal data in PostgreSQL's log", "-", $"server log: {Kind(line)}", cls, Redact(line, 220));
            var error = line.IndexOf("ERROR:", StringComparison.Ordinal);
            if (error >= 0)
            {
                var message = line[(error + 6)..].Trim();
                var statement = lines.Skip(i + 1).Take(4).FirstOrDefault(l => l.Contains("STATEMENT:")) ?? "";
                Fail("PostgreSQL error during the run (a hostile value reached the database)", "-", Redact(message, 120), "-",
                    Redact(statement.Length > 0 ? statement[(statement.IndexOf("STATEMENT:", StringComparison.Ordinal) + 10)..].Trim() : "", 160));
            }
        }
    }

    private static string Kind(string line) =>
        new[] { "ERROR:", "DETAIL:", "CONTEXT:", "STATEMENT:", "LOG:", "WARNING:" }.FirstOrDefault(line.Contains) ?? "line";

    private static string Short(string request) =>
        request.Replace("/api/cases/{caseId}/participants/{participantId}", "…/p/{id}").Replace("/api/cases/{caseId}", "…");

    /// <summary>Grouped by kind of failure, then by field and class, with every route that failed so.</summary>
    private string Report(TimeSpan elapsed, TimeSpan setup)
    {
        var b = new StringBuilder();
        b.AppendLine($"Hostile input: {_requests} requests in {elapsed.TotalSeconds:0.0} s (setup {setup.TotalSeconds:0.0} s, limit {Budget.TotalSeconds} s); " +
                     $"statuses: {string.Join(", ", _statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}"))}; " +
                     $"{_unsendable} not sendable through TestServer (NUL in the path); {_belowConfiguredLevel} framework Debug log lines not judged.");
        b.AppendLine($"{_failures.Values.Sum(g => g.Count)} failures" + (_failures.Count == 0 ? "." :
            ", by kind: field, parameter or header | class | routes (…  = /api/cases/{caseId}, p/{id} = participants/{participantId}) | one answer"));
        foreach (var kind in _failures.Values.GroupBy(g => g.Kind).OrderBy(g => g.Key))
        {
            b.AppendLine($"== {kind.Key} ({kind.Sum(g => g.Count)})");
            foreach (var same in kind.GroupBy(g => (g.Location, g.Class)).OrderBy(g => g.Key.Location).ThenBy(g => g.Key.Class))
            {
                var routes = same.Select(g => Short(g.Request) + (g.Count > 1 ? $" ×{g.Count}" : "")).Distinct().ToList();
                b.AppendLine($"  {same.Key.Location} | {same.Key.Class} | {routes.Count} route(s): {string.Join(", ", routes)} | {same.First().Example}");
            }
        }
        return b.ToString();
    }
}
