using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;

namespace CollectiveDismissal.Api.Integrations.Outbound;

/// <summary>
/// One HTTP attempt at a delivery. Any 2xx is delivered (null); anything else is returned as the error to record:
/// a missing or bad endpoint, a non-2xx status, a timeout, a connection error. Errors name the endpoint's answer only,
/// never the payload or the answer's body, so they hold no personal data.
/// </summary>
public sealed class ReportSender(IHttpClientFactory clients, IConfiguration configuration, ReportDeliverySettings settings)
{
    public const string HttpClientName = "report-deliveries";

    public async Task<string?> Send(Delivery delivery, ReportPayload payload)
    {
        var section = ReportDeliverySettings.SectionOf(delivery.Service);
        var endpoint = configuration[$"{section}:ReportEndpoint"];
        if (string.IsNullOrWhiteSpace(endpoint))
            return $"No endpoint configured for {delivery.Service}: set {section}:ReportEndpoint and restart the service.";
        if (!Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            return $"{section}:ReportEndpoint is not an absolute http or https URL.";

        using var request = new HttpRequestMessage(HttpMethod.Post, uri)
        {
            Content = new StringContent(JsonSerializer.Serialize(payload, Json.Options), Encoding.UTF8, "application/json")
        };
        try
        {
            request.Content.Headers.ContentLanguage.Add(payload.Language);
            request.Headers.TryAddWithoutValidation("Idempotency-Key", delivery.MessageId.ToString());
            if (configuration[$"{section}:ApiKey"] is { Length: > 0 } apiKey) request.Headers.TryAddWithoutValidation("X-Api-Key", apiKey);
            if (configuration[$"{section}:BearerToken"] is { Length: > 0 } token) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            // Not the handler's cancellation: an attempt runs to its answer or its timeout, so its outcome is always recorded.
            using var response = await clients.CreateClient(HttpClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
            if (response.IsSuccessStatusCode) return null;
            var status = (int)response.StatusCode;
            return $"The endpoint answered {$"{status} {ReasonPhrases.GetReasonPhrase(status)}".Trim()}.";
        }
        catch (TaskCanceledException)
        {
            return $"No answer within {settings.Timeout.TotalSeconds:0.###} s.";
        }
        catch (HttpRequestException e)
        {
            return Bounded($"Could not reach the endpoint: {e.HttpRequestError} ({e.Message})");
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException or NotSupportedException)
        {
            // A header value the client refuses (a credential with a line break): a configuration to fix, retried meanwhile.
            return Bounded($"The request could not be sent: {e.GetType().Name}. Check {section}'s credentials.");
        }
    }

    private static string Bounded(string text) => text.Length <= 300 ? text : text[..300];
}
