using Elastic.Clients.Elasticsearch;
using Elastic.Transport;

namespace Matching.Search.Elasticsearch;

/// <summary>Builds the one client the indexes share (it pools connections) from validated options.</summary>
public static class ElasticsearchClientFactory
{
    public static ElasticsearchClient Create(ElasticsearchOptions options)
    {
        var url = options.Url ?? throw new InvalidOperationException("Elasticsearch:Url is required when Search:Backend is Elasticsearch.");
        var settings = new ElasticsearchClientSettings(new Uri(url));
        if (!string.IsNullOrEmpty(options.ApiKey))
            settings.Authentication(new ApiKey(options.ApiKey));
        else if (!string.IsNullOrEmpty(options.Username))
            settings.Authentication(new BasicAuthentication(options.Username, options.Password ?? ""));
        return new ElasticsearchClient(settings);
    }
}
