using System.ComponentModel.DataAnnotations;

namespace Matching.Search;

/// <summary>
/// Where the Elasticsearch backend lives and how to authenticate (section "Elasticsearch"); read only when
/// Search:Backend is "Elasticsearch". Either an API key or a username and password, or neither for a cluster
/// without security.
/// </summary>
public sealed class ElasticsearchOptions : IValidatableObject
{
    public const string Section = "Elasticsearch";

    /// <summary>Base address of the cluster, e.g. https://search.internal:9200. The client speaks to 9.x servers only.</summary>
    [Required(ErrorMessage = "Elasticsearch:Url is required when Search:Backend is Elasticsearch.")]
    public string? Url { get; set; }

    public string? Username { get; set; }

    public string? Password { get; set; }

    /// <summary>Base64 "id:key" API key, as Elasticsearch's create-API-key call returns it ("encoded").</summary>
    public string? ApiKey { get; set; }

    /// <summary>
    /// Start of every index and alias name ("{prefix}-candidates", "{prefix}-candidates-v1"), so several
    /// environments can share a cluster. Elasticsearch index names are lowercase.
    /// </summary>
    [Required, RegularExpression("^[a-z0-9][a-z0-9_-]{0,63}$",
        ErrorMessage = "Elasticsearch:IndexPrefix must be 1-64 lowercase letters, digits, '-' or '_', not starting with '-' or '_'.")]
    public string IndexPrefix { get; set; } = "matching";

    /// <summary>
    /// Make every upsert wait until its documents are searchable (refresh=wait_for). Off (the default), an upsert
    /// returns once the documents are durable: gets by id see them at once, searches after the index's next refresh
    /// (index.refresh_interval, 1 s by default). On only where a caller must search what it has just written, as the
    /// backend conformance suite does; under load it costs a refresh per write.
    /// </summary>
    public bool WaitForRefreshOnWrite { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(Url)
            && !(Uri.TryCreate(Url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)))
            yield return new ValidationResult($"Elasticsearch:Url '{Url}' is not an absolute http(s) address.", [nameof(Url)]);
        if (string.IsNullOrEmpty(Username) != string.IsNullOrEmpty(Password))
            yield return new ValidationResult("Elasticsearch:Username and Elasticsearch:Password must be set together.",
                [nameof(Username), nameof(Password)]);
        if (!string.IsNullOrEmpty(ApiKey) && !string.IsNullOrEmpty(Username))
            yield return new ValidationResult("Set either Elasticsearch:ApiKey or Elasticsearch:Username/Password, not both.",
                [nameof(ApiKey), nameof(Username)]);
    }
}
